package hall.surveys.questionnaires.application;

import hall.security.Caller;
import hall.surveys.questionnaires.domain.Question;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import hall.surveys.questionnaires.persistence.QuestionnaireRepository;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Questionnaire templates: drafts, revisions of drafts, new versions and publication. */
@Service
public class Questionnaires {

    private final QuestionnaireRepository repository;
    private final Clock clock;

    public Questionnaires(QuestionnaireRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Questionnaire create(String code, String title, SurveyPurpose purpose, List<Question> questions,
            boolean publish, Caller caller) {
        Questionnaire q = Questionnaire.draft(code, 1, title, purpose, questions, caller.subject(), clock.instant());
        if (repository.latest(q.code()).isPresent()) {
            throw taken(q.code());
        }
        if (publish) {
            q = q.publish(clock.instant());
        }
        try {
            repository.insert(q);
        } catch (DuplicateKeyException raced) {
            throw taken(q.code());
        }
        return q;
    }

    @Transactional
    public Questionnaire newVersion(String code, String title, List<Question> questions, Caller caller) {
        Questionnaire latest = repository.latest(code).orElseThrow(() -> unknown(code));
        Questionnaire next = latest.nextVersion(title, questions, caller.subject(), clock.instant());
        try {
            repository.insert(next);
        } catch (DuplicateKeyException raced) {
            throw new Conflict("version", "version " + next.version() + " of " + code + " was created at the same time");
        }
        return next;
    }

    @Transactional
    public Questionnaire revise(String code, int version, String title, List<Question> questions, Caller caller) {
        Questionnaire revised = get(code, version, true).revise(title, questions, caller.subject(), clock.instant());
        repository.update(revised);
        return revised;
    }

    @Transactional
    public Questionnaire publish(String code, int version) {
        Questionnaire published = get(code, version, true).publish(clock.instant());
        repository.update(published);
        return published;
    }

    @Transactional(readOnly = true)
    public Questionnaire get(String code, int version) {
        return get(code, version, false);
    }

    private Questionnaire get(String code, int version, boolean lock) {
        return repository.find(code, version, lock)
                .orElseThrow(() -> new NotFound("no version " + version + " of questionnaire " + code));
    }

    @Transactional(readOnly = true)
    public List<Questionnaire> versions(String code) {
        List<Questionnaire> all = repository.versions(code);
        if (all.isEmpty()) {
            throw unknown(code);
        }
        return all;
    }

    @Transactional(readOnly = true)
    public List<Questionnaire> list() {
        return repository.latestOfEach();
    }

    /** The version a campaign uses: the one named, which must be published, or the newest published one. */
    @Transactional(readOnly = true)
    public Questionnaire publishedForUse(String code, Integer version) {
        if (version == null) {
            return repository.latestPublished(code)
                    .orElseThrow(() -> new NotFound("questionnaire " + code + " has no published version"));
        }
        Questionnaire q = get(code, version);
        if (!q.published()) {
            throw new Conflict("questionnaireVersion", "version " + version + " of " + code + " is a draft");
        }
        return q;
    }

    private static NotFound unknown(String code) {
        return new NotFound("no questionnaire " + code);
    }

    private static Conflict taken(String code) {
        return new Conflict("code", "questionnaire " + code + " exists already; create a new version instead");
    }
}
