package hall.testsupport.planted.time.alpha.application;

import java.time.LocalDate;

public class Orders {
    public LocalDate placedOn() {
        return LocalDate.now();
    }
}
