package hall.testsupport.planted.clean.shared;

import java.time.Instant;

public class HallClock {
    public Instant now() {
        return Instant.now();
    }
}
