package hall.deadlines.calendar.application;

public class UnknownRegion extends RuntimeException {

    public UnknownRegion(String region) {
        super("Unknown calendar region: " + region);
    }
}
