package hall.eventing.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the eventing library, under {@code platform.events}. Every value has an environment override
 * (e.g. PLATFORM_EVENTS_PARTITIONS).
 */
@ConfigurationProperties("platform.events")
public class EventingProperties {

    /** CloudEvents source of events this service publishes; defaults to /{spring.application.name}. */
    private String source;
    /** Topics this service publishes to; declared at start-up. */
    private List<String> produces = new ArrayList<>();
    /** Topics this service consumes; declared at start-up together with their dead-letter topics. */
    private List<String> consumes = new ArrayList<>();
    private int partitions = 3;
    private short replicationFactor = 1;
    private final Outbox outbox = new Outbox();
    private final Inbox inbox = new Inbox();
    private final Retry retry = new Retry();
    private String purgeCron = "0 17 3 * * *";

    public static class Outbox {
        /** Longest pause between two relay runs: a commit that appends an event wakes the relay sooner (NOTIFY). */
        private Duration pollInterval = Duration.ofMillis(200);
        private int batchSize = 200;
        /** How long the relay waits for the broker to acknowledge a batch. */
        private Duration sendTimeout = Duration.ofSeconds(10);
        /** Published events are kept this long, then purged. */
        private Duration retention = Duration.ofDays(7);

        public Duration getPollInterval() { return pollInterval; }
        public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
        public int getBatchSize() { return batchSize; }
        public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
        public Duration getSendTimeout() { return sendTimeout; }
        public void setSendTimeout(Duration sendTimeout) { this.sendTimeout = sendTimeout; }
        public Duration getRetention() { return retention; }
        public void setRetention(Duration retention) { this.retention = retention; }
    }

    public static class Inbox {
        /** Records of applied events are kept this long (longer than any redelivery), then purged. */
        private Duration retention = Duration.ofDays(30);

        public Duration getRetention() { return retention; }
        public void setRetention(Duration retention) { this.retention = retention; }
    }

    public static class Retry {
        private Duration initialInterval = Duration.ofMillis(500);
        private double multiplier = 2.0;
        private Duration maxInterval = Duration.ofSeconds(10);
        /** Retries after the first failure before the record goes to the dead-letter topic. */
        private int maxRetries = 4;

        public Duration getInitialInterval() { return initialInterval; }
        public void setInitialInterval(Duration initialInterval) { this.initialInterval = initialInterval; }
        public double getMultiplier() { return multiplier; }
        public void setMultiplier(double multiplier) { this.multiplier = multiplier; }
        public Duration getMaxInterval() { return maxInterval; }
        public void setMaxInterval(Duration maxInterval) { this.maxInterval = maxInterval; }
        public int getMaxRetries() { return maxRetries; }
        public void setMaxRetries(int maxRetries) { this.maxRetries = maxRetries; }
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public List<String> getProduces() { return produces; }
    public void setProduces(List<String> produces) { this.produces = produces; }
    public List<String> getConsumes() { return consumes; }
    public void setConsumes(List<String> consumes) { this.consumes = consumes; }
    public int getPartitions() { return partitions; }
    public void setPartitions(int partitions) { this.partitions = partitions; }
    public short getReplicationFactor() { return replicationFactor; }
    public void setReplicationFactor(short replicationFactor) { this.replicationFactor = replicationFactor; }
    public Outbox getOutbox() { return outbox; }
    public Inbox getInbox() { return inbox; }
    public Retry getRetry() { return retry; }
    public String getPurgeCron() { return purgeCron; }
    public void setPurgeCron(String purgeCron) { this.purgeCron = purgeCron; }
}
