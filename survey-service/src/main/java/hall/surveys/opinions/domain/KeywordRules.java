package hall.surveys.opinions.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configurable keyword rules that send an opinion to a department ("垃圾" to CLEANING, "电梯" to ENGINEERING). The
 * department whose keywords occur most often wins; a tie goes to the department configured first. An opinion
 * without any keyword keeps the department of its question's tag.
 */
public final class KeywordRules {

    public record Match(String department, String keyword) {
    }

    private final Map<String, List<String>> keywordsByDepartment;

    public KeywordRules(Map<String, List<String>> keywordsByDepartment) {
        this.keywordsByDepartment = new LinkedHashMap<>(keywordsByDepartment == null ? Map.of() : keywordsByDepartment);
    }

    public Optional<Match> match(String text) {
        Match best = null;
        int bestHits = 0;
        for (var e : keywordsByDepartment.entrySet()) {
            int hits = 0;
            String first = null;
            for (String k : e.getValue()) {
                if (k != null && !k.isBlank() && text.contains(k)) {
                    hits++;
                    first = first == null ? k : first;
                }
            }
            if (hits > bestHits) {
                best = new Match(e.getKey(), first);
                bestHits = hits;
            }
        }
        return Optional.ofNullable(best);
    }
}
