package hall.callbacks.customers.domain;

/**
 * 售后回访 AFTER_SALES (within the first month after acceptance, then at least every 6 months in warranty), 维护回访
 * MAINTENANCE (within the first month after hand-over).
 */
public enum CustomerCallbackKind {
    AFTER_SALES, MAINTENANCE
}
