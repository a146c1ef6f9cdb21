package hall.surveys.questionnaires.domain;

import hall.surveys.shared.Conflict;
import hall.surveys.shared.InputRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a questionnaire template. A draft may be revised; a published version is immutable, and a change
 * makes a new version. Answers are checked against exactly the version they answer.
 */
public record Questionnaire(String code, int version, String title, SurveyPurpose purpose, List<Question> questions,
        boolean published, String createdBy, Instant createdAt, Instant publishedAt) {

    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_TEXT_ANSWER = 2000;

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** A new draft (version {@code version}); every bad field is named, e.g. {@code questions[2].options}. */
    public static Questionnaire draft(String code, int version, String title, SurveyPurpose purpose,
            List<Question> questions, String by, Instant at) {
        InputRules rules = new InputRules();
        String c = rules.code("code", code);
        String t = rules.required("title", title, 200);
        rules.present("purpose", purpose);
        List<Question> checked = checkQuestions(rules, questions);
        rules.failIfAny();
        return new Questionnaire(c, version, t, purpose, checked, false, by, at, null);
    }

    private static List<Question> checkQuestions(InputRules rules, List<Question> questions) {
        if (questions == null || questions.isEmpty()) {
            rules.add("questions", "must list at least one question");
            return List.of();
        }
        if (questions.size() > MAX_QUESTIONS) {
            rules.add("questions", "at most " + MAX_QUESTIONS + " questions");
            return List.of();
        }
        List<Question> checked = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String at = "questions[" + i + "]";
            Question q = questions.get(i);
            if (q == null) {
                rules.add(at, "must not be null");
                continue;
            }
            String qc = rules.code(at + ".code", q.code());
            if (qc != null && !codes.add(qc)) {
                rules.add(at + ".code", "is used by another question");
            }
            String text = rules.required(at + ".text", q.text(), 500);
            String department = rules.code(at + ".department", q.department());
            rules.present(at + ".kind", q.kind());
            List<String> options = checkOptions(rules, at + ".options", q.kind(), q.options());
            checked.add(new Question(qc, text, q.kind(), department, q.required(), options));
        }
        return checked;
    }

    private static List<String> checkOptions(InputRules rules, String field, QuestionKind kind, List<String> options) {
        if (kind != QuestionKind.SINGLE_CHOICE) {
            rules.check(options.isEmpty(), field, "only single-choice questions list options");
            return List.of();
        }
        if (options.isEmpty()) {
            return Satisfaction.labels();
        }
        List<String> stripped = new ArrayList<>();
        for (String o : options) {
            String s = rules.required(field, o, 100);
            if (s != null) {
                stripped.add(s);
            }
        }
        rules.check(options.size() >= 2 && options.size() <= 10, field, "must list 2 to 10 options");
        rules.check(new HashSet<>(stripped).size() == stripped.size(), field, "must not repeat an option");
        return stripped;
    }

    /** This draft with new title and questions; a published version refuses (409). */
    public Questionnaire revise(String newTitle, List<Question> newQuestions, String by, Instant at) {
        requireDraft();
        Questionnaire revised = draft(code, version, newTitle, purpose, newQuestions, by, at);
        return new Questionnaire(code, version, revised.title(), purpose, revised.questions(), false, createdBy,
                createdAt, null);
    }

    /** The next version, a draft, from this one's content or new content. */
    public Questionnaire nextVersion(String newTitle, List<Question> newQuestions, String by, Instant at) {
        return draft(code, version + 1, newTitle != null ? newTitle : title,
                purpose, newQuestions != null ? newQuestions : questions, by, at);
    }

    public Questionnaire publish(Instant at) {
        requireDraft();
        return new Questionnaire(code, version, title, purpose, questions, true, createdBy, createdAt, at);
    }

    private void requireDraft() {
        if (published) {
            throw new Conflict("version", "version " + version + " of " + code
                    + " is published and cannot change; create a new version");
        }
    }

    /**
     * Checks answers (question code to value) against this version: every required question answered, no unknown
     * question, single choices among the options, ratings 1-5, texts of at most 2000 characters. Names every bad
     * answer as {@code answers.<code>}.
     */
    public List<Answer> check(Map<String, String> answers, SatisfactionScores scores) {
        InputRules rules = new InputRules();
        Map<String, String> given = answers == null ? Map.of() : new LinkedHashMap<>(answers);
        Map<String, Question> byCode = new LinkedHashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        for (String code : given.keySet()) {
            rules.check(byCode.containsKey(code), "answers." + code, "is not a question of " + this.code + " v" + version);
        }
        List<Answer> checked = new ArrayList<>();
        for (Question q : questions) {
            String field = "answers." + q.code();
            String raw = given.get(q.code());
            String value = raw == null || raw.isBlank() ? null : raw.strip();
            if (value == null) {
                rules.check(!q.required(), field, "is required");
                continue;
            }
            Answer a = switch (q.kind()) {
                case SINGLE_CHOICE -> {
                    if (!q.options().contains(value)) {
                        Satisfaction named = Satisfaction.of(value).filter(s -> q.options().contains(s.label())).orElse(null);
                        if (named == null) {
                            rules.add(field, "must be one of " + q.options());
                            yield null;
                        }
                        value = named.label();
                    }
                    Satisfaction level = q.scored() ? Satisfaction.of(value).orElseThrow() : null;
                    yield new Answer(q, value, level, level == null ? null : scores.of(level));
                }
                case RATING -> {
                    if (!value.matches("[1-5]")) {
                        rules.add(field, "must be a rating from 1 to 5");
                        yield null;
                    }
                    Satisfaction level = Satisfaction.ofRating(Integer.parseInt(value));
                    yield new Answer(q, value, level, scores.of(level));
                }
                case TEXT -> {
                    String text = rules.required(field, value, MAX_TEXT_ANSWER);
                    yield new Answer(q, text, null, null);
                }
            };
            if (a != null) {
                checked.add(a);
            }
        }
        rules.failIfAny();
        return checked;
    }

    /** The mean score of the scored answers, rounded, or null when none is scored. */
    public static Integer meanScore(List<Answer> answers) {
        List<Integer> scores = answers.stream().map(Answer::score).filter(s -> s != null).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }
}
