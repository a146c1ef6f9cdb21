package hall.deadlines.clocks.domain;

/**
 * When a clock turns yellow: at most daysLeft working days left, or at most shareOfLimit of its limit left,
 * whichever comes first.
 */
public record WarningPolicy(int daysLeft, double shareOfLimit) {

    public static final WarningPolicy DEFAULT = new WarningPolicy(1, 0.2);

    public WarningPolicy {
        if (daysLeft < 0 || shareOfLimit < 0 || shareOfLimit > 1) {
            throw new IllegalArgumentException("invalid warning policy " + daysLeft + " / " + shareOfLimit);
        }
    }

    /** Working days left at (or below) which a clock with this limit is yellow. */
    public int thresholdDays(int limitDays) {
        return Math.max(daysLeft, (int) Math.floor(limitDays * shareOfLimit + 1e-9));
    }
}
