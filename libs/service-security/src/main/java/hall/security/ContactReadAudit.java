package hall.security;

import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records every read of full contact details: who (subject, name, roles), which person (kind and id) and when,
 * in the service's own {@code contact_read} table, which this library migrates (classpath:db/security, beside the
 * service's own migrations). Call it in the transaction of the read.
 */
public class ContactReadAudit {

    private final JdbcClient jdbc;

    public ContactReadAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Caller reader, String kind, String id) {
        jdbc.sql("""
                insert into contact_read (reader_subject, reader_name, reader_roles, subject_kind, subject_id)
                values (:subject, :name, :roles, :kind, :id)""")
                .param("subject", reader.subject()).param("name", reader.name())
                .param("roles", reader.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("kind", kind).param("id", id).update();
    }
}
