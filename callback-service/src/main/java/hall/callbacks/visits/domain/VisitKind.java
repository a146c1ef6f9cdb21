package hall.callbacks.visits.domain;

/**
 * 定期走访 PERIODIC (from an approved monthly plan), 专项走访 SPECIAL (ad hoc, e.g. after an incident), 投诉回访
 * COMPLAINT (after a property complaint is resolved), 有偿服务回访 PAID_SERVICE and 维修工单 REPAIR_ORDER (after the
 * property company's system reports a finished order).
 */
public enum VisitKind {
    PERIODIC, SPECIAL, COMPLAINT, PAID_SERVICE, REPAIR_ORDER
}
