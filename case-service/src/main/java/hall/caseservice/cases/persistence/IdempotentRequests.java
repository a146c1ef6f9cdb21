package hall.caseservice.cases.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers to intake requests sent with an {@code Idempotency-Key}, per caller: the first request claims the key
 * and stores its answer in the same transaction; a repeated one reads that answer.
 */
@Repository
public class IdempotentRequests {

    /** A stored answer: the hash of the request that claimed the key, and the status and body it got. */
    public record Stored(String hash, int status, String body) {
    }

    private final JdbcClient jdbc;

    public IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; false when the caller used the key before. */
    public boolean claim(String subject, String key, String hash) {
        return jdbc.sql("""
                insert into idempotent_request (caller_subject, idempotency_key, request_hash, response_status,
                    response_body)
                values (:subject, :key, :hash, 0, '') on conflict do nothing""")
                .param("subject", subject).param("key", key).param("hash", hash).update() == 1;
    }

    public void answer(String subject, String key, int status, String body) {
        jdbc.sql("""
                update idempotent_request set response_status = :status, response_body = :body
                where caller_subject = :subject and idempotency_key = :key""")
                .param("status", status).param("body", body).param("subject", subject).param("key", key).update();
    }

    public Stored stored(String subject, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_body from idempotent_request
                where caller_subject = :subject and idempotency_key = :key""")
                .param("subject", subject).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3))).single();
    }
}
