package hall.eventing.metrics;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A gauge with one series per row of a counting query over the service's own tables (e.g. cases by window,
 * category and status): the query's leading columns are the label values, its last column the count. The
 * database is the record of every instance, so all instances report the same numbers (read them with max).
 * Refreshed by {@link MetricsRefresh} every {@code platform.metrics.refresh-interval}, not on each scrape.
 */
public class QueriedGauge {

    private final String name;
    private final String description;
    private final List<String> labels;
    private final String sql;
    private MultiGauge gauge;

    public QueriedGauge(String name, String description, List<String> labels, String sql) {
        this.name = name;
        this.description = description;
        this.labels = List.copyOf(labels);
        this.sql = sql;
    }

    public String name() {
        return name;
    }

    void register(MeterRegistry registry) {
        gauge = MultiGauge.builder(name).description(description).register(registry);
    }

    void refresh(JdbcClient jdbc) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql(sql).query((rs, n) -> {
            String[] tags = new String[labels.size() * 2];
            for (int i = 0; i < labels.size(); i++) {
                tags[2 * i] = labels.get(i);
                String value = rs.getString(i + 1);
                tags[2 * i + 1] = value == null ? "none" : value;
            }
            return MultiGauge.Row.of(Tags.of(tags), rs.getLong(labels.size() + 1));
        }).list().forEach(rows::add);
        gauge.register(rows, true);
    }
}
