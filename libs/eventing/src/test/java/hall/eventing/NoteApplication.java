package hall.eventing;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import hall.eventing.inbox.EventInbox;
import hall.eventing.outbox.EventOutbox;
import hall.events.PlatformEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service using the library: notes are written with an event, and a consumer applies them. */
@SpringBootApplication
public class NoteApplication {

    public static final String TOPIC = "test.notes";

    public record NoteWritten(UUID noteId, String text) implements PlatformEvent {
        public static final String TYPE = "test.note.written.v1";

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    @Component
    public static class Notes {

        private final JdbcClient jdbc;
        private final EventOutbox outbox;

        Notes(JdbcClient jdbc, EventOutbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @Transactional
        public UUID write(String text) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into note (id, text) values (:id, :text)").param("id", id).param("text", text).update();
            outbox.append(TOPIC, id.toString(), new NoteWritten(id, text));
            return id;
        }

        /** Writes a note and its event, then fails: both must vanish. */
        @Transactional
        public void writeThenFail(String text) {
            write(text);
            throw new IllegalStateException("change refused after the event was appended");
        }
    }

    @Component
    public static class NoteConsumer {

        /** Texts the consumer cannot handle yet, to simulate a failing dependency. */
        public final Set<String> failingTexts = ConcurrentHashMap.newKeySet();
        public final AtomicInteger attempts = new AtomicInteger();
        private final EventInbox inbox;
        private final JdbcClient jdbc;

        NoteConsumer(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = TOPIC, groupId = "${spring.application.name}")
        void on(ConsumerRecord<String, byte[]> record) {
            inbox.receive(record, "note-copier", event -> {
                if (!NoteWritten.TYPE.equals(event.type())) {
                    return;
                }
                NoteWritten note = event.payload(NoteWritten.class);
                if (note.text().startsWith("poison")) {
                    attempts.incrementAndGet();
                }
                if (failingTexts.contains(note.text())) {
                    throw new IllegalStateException("cannot apply " + note.text() + " yet");
                }
                jdbc.sql("insert into applied_note (event_id, note_id, text, request_id) values (:e, :n, :t, :r)")
                        .param("e", event.id()).param("n", note.noteId()).param("t", note.text())
                        .param("r", event.requestId()).update();
            });
        }
    }
}
