package hall.callbacks.customers.domain;

/**
 * 售后回访 AFTER_SALES (within the first month after acceptance, then at least every 6 months in warranty), 维护回访
 * MAINTENANCE (within the first month after hand-over), 定期回访 REGULAR (per an approved plan), 投诉回访 COMPLAINT
 * (promptly after a complaint of the customer was handled).
 */
public enum CustomerCallbackKind {
    AFTER_SALES, MAINTENANCE, REGULAR, COMPLAINT
}
