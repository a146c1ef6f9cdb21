package hall.testsupport.planted.clean.beta.application;

import java.time.Instant;

public class Stock {
    public boolean reserve(String item, Instant at) {
        return item != null && at != null;
    }
}
