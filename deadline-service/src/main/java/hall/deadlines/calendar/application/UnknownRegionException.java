package hall.deadlines.calendar.application;

public class UnknownRegionException extends RuntimeException {

    public UnknownRegionException(String region) {
        super("Unknown calendar region: " + region);
    }
}
