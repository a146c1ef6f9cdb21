package hall.surveys.campaigns.persistence;

import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.campaigns.domain.OwnerEntry;
import hall.surveys.campaigns.domain.Receipt;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Campaigns, their receipts, and the owners read model they are distributed to. */
@Repository
public class CampaignRepository {

    private static final String CAMPAIGN = """
            select code, kind, questionnaire_code, questionnaire_version, project_code, survey_year, window_code,
                   iso_week, target, collection_date, opened_by, opened_at from campaign""";
    private static final String RECEIPT = """
            select id, campaign_code, owner_id, household, contact_consent, contact_ref, distributed_at, received_by,
                   received_at from receipt""";

    private final JdbcClient jdbc;

    public CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts shown with a campaign. */
    public record Counts(long receipts, long signedReceipts, long responses) {
    }

    public boolean insertOwner(OwnerEntry o, Instant registeredAt) {
        return jdbc.sql("""
                insert into project_owner (owner_id, project_code, household, contact_consent, contact_ref, registered_at)
                values (:id, :project, :household, :consent, :ref, :at) on conflict do nothing""")
                .param("id", o.ownerId()).param("project", o.projectCode()).param("household", o.household())
                .param("consent", o.contactConsent()).param("ref", o.contactRef())
                .param("at", Timestamp.from(registeredAt)).update() > 0;
    }

    public List<OwnerEntry> owners(String projectCode) {
        return jdbc.sql("""
                select owner_id, project_code, household, contact_consent, contact_ref from project_owner
                where project_code = :project order by household""").param("project", projectCode)
                .query((rs, n) -> new OwnerEntry(rs.getString("owner_id"), rs.getString("project_code"),
                        rs.getString("household"), rs.getBoolean("contact_consent"), rs.getString("contact_ref")))
                .list();
    }

    public void insert(Campaign c) {
        jdbc.sql("""
                insert into campaign (code, kind, questionnaire_code, questionnaire_version, project_code, survey_year,
                    window_code, iso_week, target, collection_date, opened_by, opened_at)
                values (:code, :kind, :qcode, :qversion, :project, :year, :window, :week, :target, :collection, :by, :at)""")
                .param("code", c.code()).param("kind", c.kind().name()).param("qcode", c.questionnaireCode())
                .param("qversion", c.questionnaireVersion()).param("project", c.projectCode()).param("year", c.year())
                .param("window", c.windowCode()).param("week", c.isoWeek()).param("target", c.target())
                .param("collection", Date.valueOf(c.collectionDate())).param("by", c.openedBy())
                .param("at", Timestamp.from(c.openedAt())).update();
    }

    public Optional<Campaign> find(String code) {
        return jdbc.sql(CAMPAIGN + " where code = :code").param("code", code)
                .query((RowMapper<Campaign>) this::campaign).optional();
    }

    public Optional<Campaign> onsite(String windowCode, String isoWeek) {
        return jdbc.sql(CAMPAIGN + " where kind = 'HALL_ONSITE' and window_code = :window and iso_week = :week")
                .param("window", windowCode).param("week", isoWeek).query((RowMapper<Campaign>) this::campaign)
                .optional();
    }

    /** Campaigns matching the filters that are given (null = any), newest first. */
    public List<Campaign> list(String projectCode, Integer year, String windowCode, String isoWeek) {
        return jdbc.sql(CAMPAIGN + "\n" + """
                 where (cast(:project as text) is null or project_code = :project)
                   and (cast(:year as integer) is null or survey_year = :year)
                   and (cast(:window as text) is null or window_code = :window)
                   and (cast(:week as text) is null or iso_week = :week)
                 order by opened_at desc, code limit 500""")
                .param("project", projectCode).param("year", year).param("window", windowCode).param("week", isoWeek)
                .query((RowMapper<Campaign>) this::campaign).list();
    }

    /** Owner surveys of a project still collecting on {@code today}: a newly registered owner gets a receipt. */
    public List<Campaign> collectingOwnerSurveys(String projectCode, LocalDate today) {
        return jdbc.sql(CAMPAIGN + " where kind = 'OWNER_ANNUAL' and project_code = :project and collection_date >= :today")
                .param("project", projectCode).param("today", Date.valueOf(today))
                .query((RowMapper<Campaign>) this::campaign).list();
    }

    public Counts counts(String code) {
        return jdbc.sql("""
                select (select count(*) from receipt where campaign_code = :code) as receipts,
                       (select count(*) from receipt where campaign_code = :code and received_at is not null) as signed,
                       (select count(*) from survey_response where campaign_code = :code) as responses""")
                .param("code", code)
                .query((rs, n) -> new Counts(rs.getLong("receipts"), rs.getLong("signed"), rs.getLong("responses")))
                .single();
    }

    /** Inserts a receipt unless the owner has one in the campaign already; true when inserted. */
    public boolean insert(Receipt r) {
        return jdbc.sql("""
                insert into receipt (id, campaign_code, owner_id, household, contact_consent, contact_ref, distributed_at)
                values (:id, :campaign, :owner, :household, :consent, :ref, :at) on conflict do nothing""")
                .param("id", r.id()).param("campaign", r.campaignCode()).param("owner", r.ownerId())
                .param("household", r.household()).param("consent", r.contactConsent()).param("ref", r.contactRef())
                .param("at", Timestamp.from(r.distributedAt())).update() > 0;
    }

    public void signOff(Receipt r) {
        jdbc.sql("update receipt set received_by = :by, received_at = :at where id = :id")
                .param("id", r.id()).param("by", r.receivedBy()).param("at", Timestamp.from(r.receivedAt())).update();
    }

    /** A receipt of the campaign by id or by household, locked for the answer or signature that follows. */
    public Optional<Receipt> receipt(String campaignCode, String id, String household) {
        return jdbc.sql(RECEIPT + " where campaign_code = :campaign and (id = :id or household = :household) for update")
                .param("campaign", campaignCode).param("id", id).param("household", household)
                .query((RowMapper<Receipt>) this::receipt).optional();
    }

    public record ReceiptRow(Receipt receipt, boolean answered) {
    }

    public List<ReceiptRow> receipts(String campaignCode) {
        return jdbc.sql("""
                select r.*, exists (select 1 from survey_response s where s.receipt_id = r.id) as answered
                from receipt r where campaign_code = :campaign order by household""")
                .param("campaign", campaignCode)
                .query((rs, n) -> new ReceiptRow(receipt(rs, n), rs.getBoolean("answered"))).list();
    }

    private Receipt receipt(ResultSet rs, int n) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        return new Receipt(rs.getString("id"), rs.getString("campaign_code"), rs.getString("owner_id"),
                rs.getString("household"), rs.getBoolean("contact_consent"), rs.getString("contact_ref"),
                rs.getTimestamp("distributed_at").toInstant(), rs.getString("received_by"),
                received == null ? null : received.toInstant());
    }

    private Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getString("code"), SurveyPurpose.valueOf(rs.getString("kind")),
                rs.getString("questionnaire_code"), rs.getInt("questionnaire_version"), rs.getString("project_code"),
                (Integer) rs.getObject("survey_year"), rs.getString("window_code"), rs.getString("iso_week"),
                (Integer) rs.getObject("target"), rs.getDate("collection_date").toLocalDate(), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant());
    }
}
