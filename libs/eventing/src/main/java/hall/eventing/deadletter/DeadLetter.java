package hall.eventing.deadletter;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A record that kept failing in one of this service's consumers, parked for an operator. */
public record DeadLetter(UUID id, String consumerGroup, String originalTopic, int originalPartition,
        long originalOffset, String key, String eventId, String eventType, String exceptionClass,
        String exceptionMessage, OffsetDateTime parkedAt, String status, OffsetDateTime replayedAt,
        String replayedBy) {
}
