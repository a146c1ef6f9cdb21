package hall.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/** A test consumer reading every record of the given topics from the start; tests wait for what they expect. */
public final class EventLog {

    public record Event(String topic, String key, String type, String id, String source, JsonNode data) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Event> seen = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    public EventLog(String brokers, int partitions, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> assignment = new ArrayList<>();
        for (String topic : topics) {
            for (int p = 0; p < partitions; p++) {
                assignment.add(new TopicPartition(topic, p));
            }
        }
        consumer.assign(assignment);
        consumer.seekToBeginning(assignment);
    }

    public synchronized List<Event> poll() {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            seen.add(new Event(r.topic(), r.key(), header(r, "ce_type"), header(r, "ce_id"), header(r, "ce_source"),
                    json.readTree(r.value())));
        }
        return List.copyOf(seen);
    }

    /** Waits until an event of that type with that key arrived on the topic, and returns the first. */
    public Event await(String topic, String key, String type) {
        return await(topic, key, type, e -> true);
    }

    public Event await(String topic, String key, String type, Predicate<Event> condition) {
        var found = new Object() {
            Event value;
        };
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Optional<Event> e = poll().stream().filter(x -> x.topic().equals(topic) && key.equals(x.key())
                    && type.equals(x.type()) && condition.test(x)).findFirst();
            e.ifPresent(v -> found.value = v);
            return e.isPresent();
        });
        return found.value;
    }

    public List<Event> all(String topic, String key) {
        return poll().stream().filter(x -> x.topic().equals(topic) && key.equals(x.key())).toList();
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
