package hall.caseservice.catalogue.persistence;

import hall.caseservice.catalogue.domain.Department;
import hall.caseservice.catalogue.domain.IntakeTerms;
import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.PromisedLimitChange;
import hall.caseservice.catalogue.domain.RequiredMaterial;
import hall.caseservice.catalogue.domain.Window;
import hall.cases.events.HandlingCategory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
public class CatalogueRepository {

    private static final TypeReference<List<RequiredMaterial>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<JointDepartment>> JOINT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CatalogueRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return false when a department with that code exists already */
    public boolean insert(Department d) {
        return jdbc.sql("insert into department (code, name) values (:code, :name) on conflict do nothing")
                .param("code", d.code()).param("name", d.name()).update() == 1;
    }

    public boolean insert(Window w) {
        return jdbc.sql("""
                insert into service_window (code, name, department_code) values (:code, :name, :dept)
                on conflict do nothing""")
                .param("code", w.code()).param("name", w.name()).param("dept", w.departmentCode()).update() == 1;
    }

    public boolean insert(Matter m) {
        return jdbc.sql("""
                insert into matter (code, name, department_code, category, statutory_limit_days, promised_limit_days,
                                    extension_cap_days, materials, joint_departments)
                values (:code, :name, :dept, :category, :statutory, :promised, :cap, cast(:materials as jsonb),
                        cast(:joint as jsonb))
                on conflict do nothing""")
                .param("code", m.code()).param("name", m.name()).param("dept", m.departmentCode())
                .param("category", m.category().name()).param("statutory", m.statutoryLimitDays())
                .param("promised", m.promisedLimitDays()).param("cap", m.extensionCapDays())
                .param("materials", json.writeValueAsString(m.materials()))
                .param("joint", json.writeValueAsString(m.jointDepartments()))
                .update() == 1;
    }

    public Optional<Department> department(String code) {
        return jdbc.sql("select code, name from department where code = :code").param("code", code)
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2))).optional();
    }

    public List<Department> departments() {
        return jdbc.sql("select code, name from department order by code")
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<Window> window(String code) {
        return jdbc.sql("select code, name, department_code from service_window where code = :code")
                .param("code", code).query((RowMapper<Window>) this::window).optional();
    }

    public List<Window> windows() {
        return jdbc.sql("select code, name, department_code from service_window order by code").query((RowMapper<Window>) this::window)
                .list();
    }

    private Window window(ResultSet rs, int n) throws SQLException {
        return new Window(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    private static final String MATTER_COLUMNS = """
            select code, name, department_code, category, statutory_limit_days, promised_limit_days,
                   extension_cap_days, materials::text, joint_departments::text from matter""";

    public Optional<Matter> matter(String code) {
        return jdbc.sql(MATTER_COLUMNS + " where code = :code").param("code", code).query((RowMapper<Matter>) this::matter).optional();
    }

    public List<Matter> matters(String departmentCode) {
        if (departmentCode == null) {
            return jdbc.sql(MATTER_COLUMNS + " order by code").query((RowMapper<Matter>) this::matter).list();
        }
        return jdbc.sql(MATTER_COLUMNS + " where department_code = :dept order by code").param("dept", departmentCode)
                .query((RowMapper<Matter>) this::matter).list();
    }

    private Matter matter(ResultSet rs, int n) throws SQLException {
        return matterAt(rs, 1);
    }

    /** A matter read from nine columns starting at {@code first}, in the order of {@link #MATTER_COLUMNS}. */
    private Matter matterAt(ResultSet rs, int first) throws SQLException {
        return new Matter(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                HandlingCategory.valueOf(rs.getString(first + 3)), rs.getInt(first + 4), rs.getInt(first + 5),
                rs.getInt(first + 6), json.readValue(rs.getString(first + 7), MATERIALS),
                json.readValue(rs.getString(first + 8), JOINT));
    }

    /**
     * The window, the matter and the promised limit the window set for the matter, in one statement (one round trip
     * instead of three); each part is empty when the catalogue has none.
     */
    public IntakeTerms intakeTerms(String windowCode, String matterCode) {
        return jdbc.sql("""
                select w.code, w.name, w.department_code,
                       m.code, m.name, m.department_code, m.category, m.statutory_limit_days, m.promised_limit_days,
                       m.extension_cap_days, m.materials::text, m.joint_departments::text,
                       l.promised_limit_days
                from (values (1)) as one (n)
                left join service_window w on w.code = :window
                left join matter m on m.code = :matter
                left join window_promised_limit l on l.window_code = w.code and l.matter_code = m.code""")
                .param("window", windowCode).param("matter", matterCode)
                .query((rs, n) -> new IntakeTerms(
                        rs.getString(1) == null ? Optional.empty() : Optional.of(window(rs, n)),
                        rs.getString(4) == null ? Optional.empty() : Optional.of(matterAt(rs, 4)),
                        Optional.ofNullable((Integer) rs.getObject(13))))
                .single();
    }

    /** The promised limit a window set for a matter, if it set one. */
    public Optional<Integer> promisedLimit(String windowCode, String matterCode) {
        return jdbc.sql("""
                select promised_limit_days from window_promised_limit
                where window_code = :window and matter_code = :matter""")
                .param("window", windowCode).param("matter", matterCode).query(Integer.class).optional();
    }

    /** Sets a window's promised limit for a matter and appends the change to its history, in one transaction. */
    public void setPromisedLimit(PromisedLimitChange change) {
        jdbc.sql("""
                insert into window_promised_limit (window_code, matter_code, promised_limit_days, set_by, set_at)
                values (:window, :matter, :days, :by, :at)
                on conflict (window_code, matter_code) do update set promised_limit_days = excluded.promised_limit_days,
                    set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("window", change.windowCode()).param("matter", change.matterCode())
                .param("days", change.promisedLimitDays()).param("by", change.changedBy())
                .param("at", Timestamp.from(change.changedAt())).update();
        jdbc.sql("""
                insert into window_promised_limit_change (window_code, matter_code, previous_days,
                    promised_limit_days, reason, changed_by, changed_at)
                values (:window, :matter, :previous, :days, :reason, :by, :at)""")
                .param("window", change.windowCode()).param("matter", change.matterCode())
                .param("previous", change.previousDays()).param("days", change.promisedLimitDays())
                .param("reason", change.reason()).param("by", change.changedBy())
                .param("at", Timestamp.from(change.changedAt())).update();
    }

    /** Who changed a window's promised limit for a matter, oldest first. */
    public List<PromisedLimitChange> promisedLimitChanges(String windowCode, String matterCode) {
        return jdbc.sql("""
                select window_code, matter_code, previous_days, promised_limit_days, reason, changed_by, changed_at
                from window_promised_limit_change where window_code = :window and matter_code = :matter order by id""")
                .param("window", windowCode).param("matter", matterCode)
                .query((rs, n) -> new PromisedLimitChange(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
