package hall.caseservice.cases.domain;

/** The actions on a case, named by the path segment of their endpoint under /api/cases/{id}/. */
public enum CaseAction {
    ACCEPTANCE("acceptance"),
    SUPPLEMENT_REQUEST("supplement-requests"),
    MATERIALS("materials"),
    RETURN("returns"),
    SUSPENSION("suspensions"),
    SUSPENSION_END("suspensions/{id}/end"),
    REPORT("reports"),
    AUTHORITY_REPLY("authority-replies"),
    JOINT_PART_DECISION("joint-parts/{departmentCode}/decisions"),
    COMPLETION("completion");

    private final String path;

    CaseAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
