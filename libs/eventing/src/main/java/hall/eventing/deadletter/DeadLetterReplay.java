package hall.eventing.deadletter;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a parked record back to its original topic, unchanged (same key, CloudEvent id and headers). Every
 * consumer group of the topic sees it again; those that applied it already skip it by its event id.
 */
public class DeadLetterReplay {

    private final DeadLetterStore store;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transaction;

    public DeadLetterReplay(DeadLetterStore store, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transaction) {
        this.store = store;
        this.kafka = kafka;
        this.transaction = transaction;
    }

    /** @return false when no such dead letter exists */
    public boolean replay(UUID id, String operator) {
        Boolean done = transaction.execute(status -> store.parkedRecord(id).map(parked -> {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(parked.topic(), null, parked.key(), parked.value(), parked.headers());
            try {
                kafka.send(record).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("Could not replay dead letter " + id + ": " + e, e);
            }
            store.markReplayed(id, operator);
            return true;
        }).orElse(false));
        return Boolean.TRUE.equals(done);
    }
}
