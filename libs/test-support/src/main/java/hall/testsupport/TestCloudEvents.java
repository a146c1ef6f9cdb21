package hall.testsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes another service's event as its outbox relay would: a binary-mode CloudEvent keyed by the aggregate. */
public final class TestCloudEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestCloudEvents() {
    }

    /** Sends the event and waits for the broker's acknowledgement. */
    public static void publish(String brokers, String topic, String source, String eventId, String key, String type,
            Object payload) {
        publish(brokers, topic, source, eventId, key, type, payload, Map.of());
    }

    /** Sends the event with further Kafka headers (e.g. the {@code X-Request-Id} it was caused by) and waits. */
    public static void publish(String brokers, String topic, String source, String eventId, String key, String type,
            Object payload, Map<String, String> headers) {
        CloudEvent ce = CloudEventBuilder.v1().withId(eventId)
                .withSource(URI.create(source)).withType(type).withSubject(key)
                .withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(payload)).build();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer())) {
            var record = KafkaMessageFactory.createWriter(topic, key).writeBinary(ce);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type + " to " + topic, e);
        }
    }
}
