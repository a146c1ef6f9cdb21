package hall.callbacks.tasks.domain;

/** The six things a hall callback asks about. */
public enum Dimension {
    /** 服务态度 */
    SERVICE_ATTITUDE,
    /** 办事效率（推诿扯皮、拖拉） */
    EFFICIENCY,
    /** 按公开流程办理（无自设前置条件、按时办结） */
    PUBLISHED_PROCEDURE,
    /** 无厅外办理 */
    NO_OUTSIDE_HANDLING,
    /** 廉洁（无吃拿卡要） */
    INTEGRITY,
    /** 总体评价 */
    OVERALL
}
