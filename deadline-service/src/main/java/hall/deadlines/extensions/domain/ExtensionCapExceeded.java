package hall.deadlines.extensions.domain;

/** The requested working days would take the case beyond its matter's extension cap. */
public class ExtensionCapExceeded extends RuntimeException {

    private final int capDays;
    private final int committedDays;
    private final int requestedDays;

    public ExtensionCapExceeded(int capDays, int committedDays, int requestedDays) {
        super("extension of " + requestedDays + " working days exceeds the cap of " + capDays + " ("
                + committedDays + " already approved or pending)");
        this.capDays = capDays;
        this.committedDays = committedDays;
        this.requestedDays = requestedDays;
    }

    public int capDays() { return capDays; }
    public int committedDays() { return committedDays; }
    public int requestedDays() { return requestedDays; }
}
