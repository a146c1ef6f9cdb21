package hall.callbacks.customers.domain;

import hall.callbacks.shared.BadField;

import java.time.Instant;
import java.time.LocalDate;

/** A company's project for a customer: accepted on a day, handed over (maintenance) on another, under warranty. */
public record CustomerProject(String id, String customer, LocalDate acceptedOn, LocalDate handedOverOn,
        int warrantyMonths, String convenientTimes, String registeredBy, Instant registeredAt) {

    public static CustomerProject register(String id, String customer, LocalDate acceptedOn, LocalDate handedOverOn,
            Integer warrantyMonths, String convenientTimes, String by, Instant at) {
        if (customer == null || customer.isBlank() || customer.length() > 200) {
            throw new BadField("customer", "name the customer (at most 200 characters)");
        }
        if (acceptedOn == null) {
            throw new BadField("acceptedOn", "the day the customer accepted the project");
        }
        if (handedOverOn != null && handedOverOn.isBefore(acceptedOn.minusYears(10))) {
            throw new BadField("handedOverOn", "not ten years before the acceptance");
        }
        if (warrantyMonths == null || warrantyMonths < 0 || warrantyMonths > 120) {
            throw new BadField("warrantyMonths", "0 to 120 months");
        }
        if (convenientTimes != null && convenientTimes.length() > 200) {
            throw new BadField("convenientTimes", "at most 200 characters");
        }
        return new CustomerProject(id, customer, acceptedOn, handedOverOn, warrantyMonths, convenientTimes, by, at);
    }
}
