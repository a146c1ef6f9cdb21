package hall.callbacks.projects.application;

import hall.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Records who read which full contact details, and when (table contact_read). */
@Component
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
