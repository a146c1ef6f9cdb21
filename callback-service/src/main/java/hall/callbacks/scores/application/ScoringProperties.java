package hall.callbacks.scores.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code callbacks.scoring.*}: points of an answer (satisfied 100, basically satisfied 70, unsatisfied 0) and the
 * lowest score of grades A, B and C (90, 80, 60).
 */
@ConfigurationProperties("callbacks.scoring")
public record ScoringProperties(Integer satisfied, Integer basicallySatisfied, Integer unsatisfied, Double gradeA,
        Double gradeB, Double gradeC) {

    public ScoringProperties {
        satisfied = satisfied == null ? 100 : satisfied;
        basicallySatisfied = basicallySatisfied == null ? 70 : basicallySatisfied;
        unsatisfied = unsatisfied == null ? 0 : unsatisfied;
        gradeA = gradeA == null ? 90.0 : gradeA;
        gradeB = gradeB == null ? 80.0 : gradeB;
        gradeC = gradeC == null ? 60.0 : gradeC;
    }
}
