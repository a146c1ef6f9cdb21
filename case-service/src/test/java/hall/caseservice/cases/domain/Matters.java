package hall.caseservice.cases.domain;

import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.MaterialKind;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.RequiredMaterial;
import hall.cases.events.HandlingCategory;

import java.util.List;

/** Catalogue entries used by the domain tests, one per catalogue category. */
final class Matters {

    static final List<RequiredMaterial> CHECKLIST = List.of(
            new RequiredMaterial("FORM", "申请表", MaterialKind.MAIN, "申请的依据"),
            new RequiredMaterial("LICENSE", "营业执照", MaterialKind.MAIN, "确认申请主体资格"),
            new RequiredMaterial("ID", "身份证复印件", MaterialKind.SUPPORTING, "核验经办人身份"),
            new RequiredMaterial("PLAN", "平面图", MaterialKind.SUPPORTING, "审查场地条件"));

    static final List<String> ALL = List.of("FORM", "LICENSE", "ID", "PLAN");

    static Matter of(HandlingCategory category) {
        return switch (category) {
            case IMMEDIATE -> Matter.define("IMM", "即办事项", "D1", category, 1, 0, 0, CHECKLIST, List.of());
            case PROMISED -> Matter.define("PRO", "承诺事项", "D1", category, 20, 10, 10, CHECKLIST, List.of());
            case JOINT -> Matter.define("JNT", "联办事项", "D1", category, 45, 30, 15, CHECKLIST,
                    List.of(new JointDepartment("D1", true, 20), new JointDepartment("D2", false, 15)));
            case REPORTED -> Matter.define("REP", "上报事项", "D1", category, 30, 20, 10, CHECKLIST, List.of());
            default -> throw new IllegalArgumentException(category.name());
        };
    }

    private Matters() {
    }
}
