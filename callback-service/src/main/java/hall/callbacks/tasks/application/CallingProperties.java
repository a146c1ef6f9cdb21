package hall.callbacks.tasks.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalTime;

/** {@code callbacks.calling-hours.*}: when the hall may call people, in hall time (default 08:30 to 20:00). */
@ConfigurationProperties("callbacks.calling-hours")
public record CallingProperties(LocalTime from, LocalTime to) {

    public CallingProperties {
        from = from == null ? LocalTime.of(8, 30) : from;
        to = to == null ? LocalTime.of(20, 0) : to;
    }
}
