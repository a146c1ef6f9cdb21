package hall.deadlines.accountability.application;

import hall.deadlines.accountability.persistence.AccountabilityRepository;
import hall.deadlines.accountability.persistence.AccountabilityRepository.AccountabilityRecord;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.shared.AccessRefused;
import hall.deadlines.shared.InvalidInput;
import hall.deadlines.shared.InvalidState;
import hall.deadlines.shared.NotFound;
import hall.deadlines.shared.ReadScope;
import hall.security.Caller;
import hall.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountabilityRecords {

    private final AccountabilityRepository records;
    private final Clock clock;

    public AccountabilityRecords(AccountabilityRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** A clock was breached: its accountability record opens against window, department and handler. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(DeadlineBreached breach, String departmentCode) {
        records.openAll(List.of(opening(breach, departmentCode)));
    }

    /** A breach with the department of its clock, for {@link #openAll}. */
    public record Breach(DeadlineBreached breach, String departmentCode) {
    }

    /** Several clocks were breached (the scan's batch): their records open in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openAll(List<Breach> breaches) {
        records.openAll(breaches.stream().map(b -> opening(b.breach(), b.departmentCode())).toList());
    }

    private static AccountabilityRepository.Opening opening(DeadlineBreached breach, String departmentCode) {
        return new AccountabilityRepository.Opening(breach.accountabilityId(), breach.clockId(), breach.caseId(),
                breach.kind().name(), breach.windowCode(), departmentCode, breach.handlerId(), breach.dueAt(),
                breach.breachedAt());
    }

    /** The supervision office closes a record with a justification. */
    @Transactional
    public AccountabilityView close(String id, String justification, Caller caller) {
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefused("Only the supervision office closes accountability records");
        }
        if (justification == null || justification.isBlank()) {
            throw new InvalidInput("justification", "a justification is required");
        }
        AccountabilityRecord record = records.lock(id).orElseThrow(() -> new NotFound("No accountability record " + id));
        if (!record.open()) {
            throw new InvalidState("Accountability record " + id + " is closed already");
        }
        records.close(id, caller.subject(), justification, clock.instant());
        return view(records.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<AccountabilityView> list(ReadScope scope, String window, Boolean open, int page, int size) {
        return records.find(scope.window(window), scope.departmentCode(), open, page, size).stream()
                .map(AccountabilityRecords::view).toList();
    }

    private static AccountabilityView view(AccountabilityRecord r) {
        return new AccountabilityView(r.id(), r.clockId(), r.caseId(), r.kind(), r.windowCode(), r.departmentCode(),
                r.handlerId(), r.dueAt(), r.openedAt(), r.closedAt(), r.closedBy(), r.justification());
    }
}
