package hall.surveys.shared.config;

import hall.surveys.events.RatingLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * survey-service's rules that a hall or company may set ({@code survey.*}, with environment overrides): scores of
 * the satisfaction answers and of the e-evaluator levels, the weekly target of on-site forms, the questionnaire an
 * on-site campaign uses when a clerk records the first form of a week, the hall's time zone and calendar region,
 * the working days a rectification measure has by default, and the keyword rules that classify opinions.
 */
@ConfigurationProperties("survey")
public record SurveySettings(
        @DefaultValue("100") int satisfiedScore,
        @DefaultValue("70") int basicallySatisfiedScore,
        @DefaultValue("0") int unsatisfiedScore,
        @DefaultValue("5") int onsiteTarget,
        @DefaultValue("HALL-ONSITE") String onsiteQuestionnaire,
        Map<RatingLevel, Integer> ratingScores,
        @DefaultValue("Asia/Shanghai") ZoneId hallZone,
        @DefaultValue("CN") String calendarRegion,
        @DefaultValue("3") int rectificationWorkingDays,
        Map<String, List<String>> opinionKeywords) {

    /** Score of an e-evaluator level: configured, else the national default (100 / 100 / 70 / 0 / 0). */
    public int ratingScore(RatingLevel level) {
        Map<RatingLevel, Integer> configured = ratingScores == null ? Map.of() : new EnumMap<>(ratingScores);
        return configured.getOrDefault(level, level.defaultScore());
    }

    /** Today in the hall's time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(hallZone));
    }
}
