package hall.callbacks.tasks.domain;

/** The six things a hall callback asks about, each with the label a problem's description carries. */
public enum Dimension {
    /** 服务态度 */
    SERVICE_ATTITUDE("服务态度"),
    /** 办事效率（推诿扯皮、拖拉） */
    EFFICIENCY("办事效率"),
    /** 按公开流程办理（无自设前置条件、按时办结） */
    PUBLISHED_PROCEDURE("按公开流程办理"),
    /** 无厅外办理 */
    NO_OUTSIDE_HANDLING("厅外办理"),
    /** 廉洁（无吃拿卡要） */
    INTEGRITY("廉洁"),
    /** 总体评价 */
    OVERALL("总体评价");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
