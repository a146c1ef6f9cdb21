package hall.callbacks.tasks.domain;

import java.time.LocalTime;

/** When the hall may call people, in hall time (default 08:30 to 20:00): from inclusive, to exclusive. */
public record CallingHours(LocalTime from, LocalTime to) {

    public CallingHours {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("calling hours must start before they end");
        }
    }

    public boolean includes(LocalTime t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
