package hall.deadlines.clocks.application;

import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.persistence.ClockRepository;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The clocks of a case for other features (an approved extension moves the applicant clock): they lock and store
 * clocks through this application API, never through the clocks' repository.
 */
@Service
public class Clocks {

    private final ClockRepository repository;

    public Clocks(ClockRepository repository) {
        this.repository = repository;
    }

    /** The clocks of a case, locked until the caller's transaction ends. */
    public List<DeadlineClock> lockByCase(String caseId, Function<String, DeadlineRules> rules) {
        return repository.lockByCase(caseId, rules);
    }

    public void update(DeadlineClock clock) {
        repository.update(clock);
    }
}
