package hall.eventing.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the database-backed gauges every {@code platform.metrics.refresh-interval} (so that a scrape never
 * waits for the database): the outbox backlog (events not yet published, and the age of the oldest) and every
 * {@link QueriedGauge} the service declares. A failed read is logged and the last values stay.
 */
public class MetricsRefresh implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MetricsRefresh.class);

    private final JdbcClient jdbc;
    private final List<QueriedGauge> gauges;
    private final Duration interval;
    private final AtomicReference<Backlog> backlog = new AtomicReference<>(new Backlog(0, 0));
    private ScheduledExecutorService executor;

    record Backlog(long events, double oldestAgeSeconds) {
    }

    public MetricsRefresh(JdbcClient jdbc, MeterRegistry registry, List<QueriedGauge> gauges, Duration interval) {
        this.jdbc = jdbc;
        this.gauges = List.copyOf(gauges);
        this.interval = interval;
        Gauge.builder("platform.outbox.backlog", backlog, b -> b.get().events()).baseUnit("events")
                .description("Events in the transactional outbox not yet published to Kafka").register(registry);
        TimeGauge.builder("platform.outbox.oldest.age", backlog, TimeUnit.SECONDS, b -> b.get().oldestAgeSeconds())
                .description("Age of the oldest event in the outbox not yet published (0 when none waits)")
                .register(registry);
        this.gauges.forEach(g -> g.register(registry));
    }

    public void refresh() {
        try {
            backlog.set(jdbc.sql("""
                    select count(*) as events,
                           coalesce(extract(epoch from now() - min(created_at)), 0) as age
                      from outbox_event where published_at is null""")
                    .query((rs, n) -> new Backlog(rs.getLong("events"), rs.getDouble("age"))).single());
            gauges.forEach(g -> g.refresh(jdbc));
        } catch (RuntimeException e) {
            log.warn("Metrics from the database not refreshed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("metrics-refresh").factory());
        executor.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
