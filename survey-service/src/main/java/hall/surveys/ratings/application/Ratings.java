package hall.surveys.ratings.application;

import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import hall.surveys.campaigns.domain.IsoWeek;
import hall.surveys.events.SurveyTopics;
import hall.surveys.ratings.domain.EvaluatorRating;
import hall.surveys.ratings.domain.RatingChannel;
import hall.surveys.ratings.persistence.RatingRepository;
import hall.surveys.shared.remote.CaseDirectory;
import hall.surveys.shared.remote.CaseServiceClient;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import hall.surveys.shared.config.SurveySettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records e-evaluator ratings: on the window's device (its clerk or the device's own machine client, whose token
 * carries the window) or online by an applicant for its own case (checked by case-service with the applicant's
 * token). Publishes EvaluatorRatingRecorded with the configured score, and FollowUpRequested for a bad rating.
 */
@Service
public class Ratings {

    private final RatingRepository ratings;
    private final CaseDirectory cases;
    private final EventOutbox outbox;
    private final SurveySettings settings;
    private final Clock clock;

    public Ratings(RatingRepository ratings, CaseDirectory cases, EventOutbox outbox, SurveySettings settings,
            Clock clock) {
        this.ratings = ratings;
        this.cases = cases;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public EvaluatorRating rate(String caseId, String windowCode, EvaluatorRating.Choice choice, Caller caller) {
        String window;
        String department = null;
        RatingChannel channel;
        if (caller.hasRole(Role.APPLICANT)) {
            if (caseId == null || caseId.isBlank()) {
                throw InvalidInput.of("caseId", "an online rating names the applicant's case");
            }
            CaseServiceClient.CaseSummary c = cases.caseOfCaller(caseId);
            window = c.windowCode();
            department = c.departmentCode();
            channel = RatingChannel.ONLINE;
        } else if (caller.hasRole(Role.CLERK) && caller.windowCode() != null) {
            if (windowCode != null && !windowCode.equals(caller.windowCode())) {
                throw new AccessRefused("a window's device records ratings of window " + caller.windowCode() + " only");
            }
            window = caller.windowCode();
            channel = RatingChannel.DEVICE;
        } else {
            throw new AccessRefused("ratings are given by applicants online or on a window's device");
        }
        String id = UUID.randomUUID().toString();
        int score = choice.level() == null ? 0 : settings.ratingScore(choice.level());
        EvaluatorRating.Rated rated = EvaluatorRating.rate(id, blankToNull(caseId), window, department, choice, score,
                channel, caller.subject(), clock.instant(), UUID.randomUUID().toString());
        try {
            ratings.insert(rated.rating());
        } catch (DuplicateKeyException twice) {
            throw new Conflict("caseId", "case " + caseId + " was rated already");
        }
        outbox.append(SurveyTopics.SURVEY_EVENTS, id, rated.recorded());
        rated.followUp().ifPresent(f -> outbox.append(SurveyTopics.SURVEY_EVENTS, id, f));
        return rated.rating();
    }

    /** Ratings of a window's ISO week; a clerk reads its own window only. */
    @Transactional(readOnly = true)
    public List<EvaluatorRating> week(String windowCode, String isoWeek, Caller caller) {
        if (caller.hasRole(Role.CLERK) && !caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)
                && (windowCode == null || !windowCode.equals(caller.windowCode()))) {
            throw new AccessRefused("a clerk reads the ratings of window " + caller.windowCode() + " only");
        }
        IsoWeek week = IsoWeek.parse(isoWeek).orElseThrow(() -> InvalidInput.of("week", "must be an ISO week such as 2026-W48"));
        return ratings.list(windowCode, week.monday().atStartOfDay(settings.hallZone()).toInstant(),
                week.sunday().plusDays(1).atStartOfDay(settings.hallZone()).toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
