package hall.eventing.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The dead_letter table: what was parked, from which topic and offset, why, and whether it was replayed. */
public class DeadLetterStore {

    private static final String COLUMNS = """
            id, consumer_group, original_topic, original_partition, original_offset, message_key, event_id, event_type,
            exception_class, exception_message, parked_at, status, replayed_at, replayed_by""";
    private static final RowMapper<DeadLetter> ROW = (rs, n) -> new DeadLetter(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class),
            rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getString(14));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public DeadLetterStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Parks a record read from a dead-letter topic; parking the same record twice keeps one row. */
    public void park(ConsumerRecord<String, byte[]> dltRecord, String consumerGroup) {
        Headers headers = dltRecord.headers();
        jdbc.sql("""
                insert into dead_letter (id, consumer_group, original_topic, original_partition, original_offset,
                    message_key, event_id, event_type, headers, payload, exception_class, exception_message)
                values (:id, :group, :topic, :partition, :offset, :key, :eventId, :eventType, :headers, :payload,
                    :exceptionClass, :exceptionMessage)
                on conflict (consumer_group, original_topic, original_partition, original_offset) do nothing
                """)
                .param("id", UUID.randomUUID())
                .param("group", consumerGroup)
                .param("topic", text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC, dltRecord.topic().replaceFirst("\\.DLT$", "")))
                .param("partition", number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, -1))
                .param("offset", longNumber(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET, dltRecord.offset()))
                .param("key", dltRecord.key())
                .param("eventId", text(headers, "ce_id", null))
                .param("eventType", text(headers, "ce_type", null))
                .param("headers", writeHeaders(headers))
                .param("payload", dltRecord.value())
                .param("exceptionClass", text(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN,
                        text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN, null)))
                .param("exceptionMessage", text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE, null))
                .update();
    }

    public List<DeadLetter> list(String status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dead_letter where (:status::text is null or status = :status::text) "
                        + "order by parked_at desc limit :limit")
                .param("status", status)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    public Optional<DeadLetter> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dead_letter where id = :id").param("id", id).query(ROW).optional();
    }

    /** The original record (topic, key, value and headers without the dead-letter ones), for replay. */
    Optional<ParkedRecord> parkedRecord(UUID id) {
        return jdbc.sql("select original_topic, message_key, payload, headers from dead_letter where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new ParkedRecord(rs.getString(1), rs.getString(2), rs.getBytes(3), readHeaders(rs.getString(4))))
                .optional();
    }

    void markReplayed(UUID id, String by) {
        jdbc.sql("update dead_letter set status = 'REPLAYED', replayed_at = now(), replayed_by = :by where id = :id")
                .param("id", id)
                .param("by", by)
                .update();
    }

    record ParkedRecord(String topic, String key, byte[] value, Headers headers) {
    }

    private String writeHeaders(Headers headers) {
        List<List<String>> pairs = new ArrayList<>();
        for (Header h : headers) {
            pairs.add(List.of(h.key(), h.value() == null ? "" : Base64.getEncoder().encodeToString(h.value())));
        }
        return json.writeValueAsString(pairs);
    }

    private Headers readHeaders(String stored) {
        List<List<String>> pairs = json.readValue(stored, new TypeReference<List<List<String>>>() { });
        RecordHeaders headers = new RecordHeaders();
        for (List<String> pair : pairs) {
            if (!pair.get(0).startsWith("kafka_dlt-")) {
                headers.add(pair.get(0), Base64.getDecoder().decode(pair.get(1)));
            }
        }
        return headers;
    }

    private static String text(Headers headers, String name, String fallback) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? fallback : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static int number(Headers headers, String name, int fallback) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null || h.value().length != 4 ? fallback : java.nio.ByteBuffer.wrap(h.value()).getInt();
    }

    private static long longNumber(Headers headers, String name, long fallback) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null || h.value().length != 8 ? fallback : java.nio.ByteBuffer.wrap(h.value()).getLong();
    }
}
