package hall.callbacks.projects.persistence;

import hall.callbacks.projects.domain.Household;
import hall.callbacks.projects.domain.Owner;
import hall.callbacks.projects.domain.ResidentialProject;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
public class ProjectRepository {

    private final JdbcClient jdbc;

    public ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ProjectRow(ResidentialProject project, long owners) {
    }

    public void insert(ResidentialProject p) {
        jdbc.sql("""
                insert into residential_project (code, name, address, created_by, created_at)
                values (:code, :name, :address, :by, :at)""")
                .param("code", p.code()).param("name", p.name()).param("address", p.address())
                .param("by", p.createdBy()).param("at", Timestamp.from(p.createdAt())).update();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from residential_project where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    private static final String PROJECT_COLUMNS = """
            select p.code, p.name, p.address, p.created_by, p.created_at,
                   (select count(*) from project_owner o where o.project_code = p.code) as owners
            from residential_project p""";

    public Optional<ProjectRow> find(String code) {
        return jdbc.sql(PROJECT_COLUMNS + " where p.code = :code").param("code", code)
                .query((RowMapper<ProjectRow>) this::project).optional();
    }

    /** Every project, or only the one with {@code onlyCode} when it is given. */
    public List<ProjectRow> list(String onlyCode) {
        if (onlyCode != null) {
            return find(onlyCode).map(List::of).orElse(List.of());
        }
        return jdbc.sql(PROJECT_COLUMNS + " order by p.code").query((RowMapper<ProjectRow>) this::project).list();
    }

    public boolean householdTaken(String projectCode, Household h) {
        return jdbc.sql("""
                select count(*) from project_owner
                where project_code = :project and building = :building and unit = :unit and room = :room""")
                .param("project", projectCode).param("building", h.building()).param("unit", h.unit())
                .param("room", h.room()).query(Long.class).single() > 0;
    }

    public void insert(Owner o) {
        jdbc.sql("""
                insert into project_owner (id, project_code, building, unit, room, owner_name, phone, id_number,
                    contact_consent, preferred_contact_times, registered_by, registered_at)
                values (:id, :project, :building, :unit, :room, :name, :phone, :idNumber, :consent, :times, :by, :at)""")
                .param("id", o.id()).param("project", o.projectCode()).param("building", o.household().building())
                .param("unit", o.household().unit()).param("room", o.household().room()).param("name", o.name())
                .param("phone", o.phone()).param("idNumber", o.idNumber()).param("consent", o.contactConsent())
                .param("times", o.preferredContactTimes()).param("by", o.registeredBy())
                .param("at", Timestamp.from(o.registeredAt())).update();
    }

    private static final String OWNER_COLUMNS = """
            select id, project_code, building, unit, room, owner_name, phone, id_number, contact_consent,
                   preferred_contact_times, registered_by, registered_at from project_owner""";

    public Optional<Owner> findOwner(String projectCode, String ownerId) {
        return jdbc.sql(OWNER_COLUMNS + " where project_code = :project and id = :id")
                .param("project", projectCode).param("id", ownerId).query((RowMapper<Owner>) this::owner).optional();
    }

    public record OwnerPage(List<Owner> items, long total) {
    }

    public OwnerPage owners(String projectCode, int page, int size) {
        long total = jdbc.sql("select count(*) from project_owner where project_code = :project")
                .param("project", projectCode).query(Long.class).single();
        List<Owner> items = jdbc.sql(OWNER_COLUMNS
                + " where project_code = :project order by building, unit, room, id limit :limit offset :offset")
                .param("project", projectCode).param("limit", size).param("offset", (long) page * size)
                .query((RowMapper<Owner>) this::owner).list();
        return new OwnerPage(items, total);
    }

    private ProjectRow project(ResultSet rs, int n) throws SQLException {
        return new ProjectRow(new ResidentialProject(rs.getString("code"), rs.getString("name"),
                rs.getString("address"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()),
                rs.getLong("owners"));
    }

    private Owner owner(ResultSet rs, int n) throws SQLException {
        return new Owner(rs.getString("id"), rs.getString("project_code"),
                new Household(rs.getString("building"), rs.getString("unit"), rs.getString("room")),
                rs.getString("owner_name"), rs.getString("phone"), rs.getString("id_number"),
                rs.getBoolean("contact_consent"), rs.getString("preferred_contact_times"),
                rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant());
    }
}
