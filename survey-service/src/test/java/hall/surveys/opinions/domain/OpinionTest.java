package hall.surveys.opinions.domain;

import hall.surveys.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpinionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final KeywordRules RULES;

    static {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("ENGINEERING", List.of("电梯", "漏水"));
        k.put("CLEANING", List.of("垃圾", "卫生"));
        RULES = new KeywordRules(k);
    }

    private static Opinion.Classified classify(String text) {
        return Opinion.classify("o1", "r1", "C", "P01", null, "OPINION", "CUSTOMER_SERVICE", text, "owner:1", true,
                RULES, "agent", NOW);
    }

    @Test
    void keywordsWinOverTheQuestionsTagAndTheMostHitsWin() {
        Opinion.Classified o = classify("楼道垃圾多，卫生差，电梯还好");
        assertThat(o.opinion().departmentCode()).isEqualTo("CLEANING");
        assertThat(o.opinion().basis()).isEqualTo("KEYWORD");
        assertThat(o.event().keyword()).isEqualTo("垃圾");
        assertThat(classify("电梯坏了，垃圾也多").opinion().departmentCode()).isEqualTo("ENGINEERING");
    }

    @Test
    void withoutAKeywordTheQuestionsTagDecides() {
        Opinion.Classified o = classify("总体还可以");
        assertThat(o.opinion().departmentCode()).isEqualTo("CUSTOMER_SERVICE");
        assertThat(o.event().basis()).isEqualTo("QUESTION_TAG");
        assertThat(new KeywordRules(null).match("电梯")).isEmpty();
    }

    @Test
    void reclassificationByHandIsRecordedAsManual() {
        Opinion.Classified moved = classify("总体还可以").opinion().reclassify("GENERAL_AFFAIRS", "manager", NOW);
        assertThat(moved.opinion().departmentCode()).isEqualTo("GENERAL_AFFAIRS");
        assertThat(moved.event().basis()).isEqualTo("MANUAL");
        assertThat(moved.event().classifiedBy()).isEqualTo("manager");
        InvalidInput e = assertThrows(InvalidInput.class, () -> classify("x").opinion().reclassify(" ", "m", NOW));
        assertThat(e.violations()).extracting(InvalidInput.Violation::field).containsExactly("departmentCode");
    }
}
