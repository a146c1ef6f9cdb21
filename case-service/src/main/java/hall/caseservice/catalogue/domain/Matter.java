package hall.caseservice.catalogue.domain;

import hall.cases.events.HandlingCategory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogued matter (事项): owning department, handling category, limits in working days, checklist and, for
 * joint matters, the participating departments. Build it with {@link #define} which checks the catalogue rules.
 */
public record Matter(String code, String name, String departmentCode, HandlingCategory category,
        int statutoryLimitDays, int promisedLimitDays, int extensionCapDays, List<RequiredMaterial> materials,
        List<JointDepartment> jointDepartments) {

    public Matter {
        materials = List.copyOf(materials == null ? List.of() : materials);
        jointDepartments = List.copyOf(jointDepartments == null ? List.of() : jointDepartments);
    }

    public static Matter define(String code, String name, String departmentCode, HandlingCategory category,
            int statutoryLimitDays, int promisedLimitDays, int extensionCapDays, List<RequiredMaterial> materials,
            List<JointDepartment> jointDepartments) {
        Matter matter = new Matter(code, name, departmentCode, category, statutoryLimitDays, promisedLimitDays,
                extensionCapDays, materials, jointDepartments);
        matter.check();
        return matter;
    }

    /**
     * The extension cap when the catalogue entry gives none, after the default pattern of Administrative Licensing
     * Law art. 42: 20 + 10 working days (a cap of 10), joint handling 45 + 15 (a cap of 15); an immediate matter is
     * done the same day and cannot be extended.
     */
    public static int defaultExtensionCapDays(HandlingCategory category) {
        return switch (category) {
            case IMMEDIATE -> 0;
            case JOINT -> 15;
            default -> 10;
        };
    }

    private void check() {
        if (category == null || category == HandlingCategory.SUPPLEMENT || category == HandlingCategory.RETURNED) {
            throw new CatalogueRuleViolation("category",
                    "a matter is catalogued as IMMEDIATE, PROMISED, JOINT or REPORTED");
        }
        if (statutoryLimitDays < 0) {
            throw new CatalogueRuleViolation("statutoryLimitDays", "must not be negative");
        }
        if (promisedLimitDays < 0) {
            throw new CatalogueRuleViolation("promisedLimitDays", "must not be negative");
        }
        if (promisedLimitDays > statutoryLimitDays) {
            throw new CatalogueRuleViolation("promisedLimitDays",
                    "promised limit " + promisedLimitDays + " exceeds the statutory limit " + statutoryLimitDays);
        }
        if (category != HandlingCategory.IMMEDIATE && promisedLimitDays < 1) {
            throw new CatalogueRuleViolation("promisedLimitDays", "must be at least 1 for a " + category + " matter");
        }
        if (extensionCapDays < 0) {
            throw new CatalogueRuleViolation("extensionCapDays", "must not be negative");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            if (!codes.add(materials.get(i).code())) {
                throw new CatalogueRuleViolation("materials[" + i + "].code",
                        "duplicate material code " + materials.get(i).code());
            }
        }
        if (category == HandlingCategory.JOINT) {
            checkJointDepartments();
        } else if (!jointDepartments.isEmpty()) {
            throw new CatalogueRuleViolation("jointDepartments", "only a JOINT matter has participating departments");
        }
    }

    private void checkJointDepartments() {
        if (jointDepartments.size() < 2) {
            throw new CatalogueRuleViolation("jointDepartments", "a joint matter needs at least two departments");
        }
        Set<String> seen = new HashSet<>();
        int leads = 0;
        for (int i = 0; i < jointDepartments.size(); i++) {
            JointDepartment part = jointDepartments.get(i);
            if (!seen.add(part.departmentCode())) {
                throw new CatalogueRuleViolation("jointDepartments[" + i + "].departmentCode",
                        "department " + part.departmentCode() + " is listed twice");
            }
            if (part.internalLimitDays() < 1 || part.internalLimitDays() > promisedLimitDays) {
                throw new CatalogueRuleViolation("jointDepartments[" + i + "].internalLimitDays",
                        "must be between 1 and the promised limit " + promisedLimitDays);
            }
            if (part.lead()) {
                leads++;
                if (!part.departmentCode().equals(departmentCode)) {
                    throw new CatalogueRuleViolation("jointDepartments[" + i + "].lead",
                            "the lead department must be the matter's own department " + departmentCode);
                }
            }
        }
        if (leads != 1) {
            throw new CatalogueRuleViolation("jointDepartments", "exactly one department must lead");
        }
    }

    /**
     * This matter as a window promises it (承诺时限): the window's own promised limit, checked by the same rules as
     * the catalogue entry (at least 1 working day, at most the statutory limit, not below a joint part's internal
     * limit). An immediate matter is done the same day and has no limit to set.
     */
    public Matter promisedIn(int windowPromisedLimitDays) {
        if (category == HandlingCategory.IMMEDIATE) {
            throw new CatalogueRuleViolation("promisedLimitDays",
                    "an IMMEDIATE matter is done on its acceptance day; it has no promised limit to set");
        }
        return define(code, name, departmentCode, category, statutoryLimitDays, windowPromisedLimitDays,
                extensionCapDays, materials, jointDepartments);
    }

    public Optional<RequiredMaterial> material(String materialCode) {
        return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }
}
