package hall.caseservice.catalogue.application;

import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.RequiredMaterial;
import hall.cases.events.HandlingCategory;

import java.util.List;

public record MatterDefinition(String code, String name, String departmentCode, HandlingCategory category,
        int statutoryLimitDays, int promisedLimitDays, int extensionCapDays, List<RequiredMaterial> materials,
        List<JointDepartment> jointDepartments) {
}
