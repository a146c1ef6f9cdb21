package hall.deadlines.accountability.application;

import hall.deadlines.accountability.persistence.AccountabilityRepository;
import hall.deadlines.accountability.persistence.AccountabilityRepository.AccountabilityRecord;
import hall.deadlines.shared.AccessRefusedException;
import hall.deadlines.shared.InvalidInputException;
import hall.deadlines.shared.InvalidStateException;
import hall.deadlines.shared.NotFoundException;
import hall.security.Caller;
import hall.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountabilityService {

    private final AccountabilityRepository records;
    private final Clock clock;

    public AccountabilityService(AccountabilityRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Opens a record against the window and handler of a clock whose due time passed; returns its id. */
    public String open(String clockId, String caseId, String kind, String windowCode, String departmentCode,
            String handlerId, Instant dueAt, Instant at) {
        return records.open(clockId, caseId, kind, windowCode, departmentCode, handlerId, dueAt, at);
    }

    /** The supervision office closes a record with a justification. */
    @Transactional
    public AccountabilityView close(String id, String justification, Caller caller) {
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefusedException("Only the supervision office closes accountability records");
        }
        if (justification == null || justification.isBlank()) {
            throw new InvalidInputException("justification", "a justification is required");
        }
        AccountabilityRecord record = records.lock(id).orElseThrow(() -> new NotFoundException("No accountability record " + id));
        if (!record.open()) {
            throw new InvalidStateException("Accountability record " + id + " is closed already");
        }
        records.close(id, caller.subject(), justification, clock.instant());
        return view(records.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<AccountabilityView> list(String window, Boolean open, int page, int size) {
        return records.find(window, open, page, size).stream().map(AccountabilityService::view).toList();
    }

    private static AccountabilityView view(AccountabilityRecord r) {
        return new AccountabilityView(r.id(), r.clockId(), r.caseId(), r.kind(), r.windowCode(), r.departmentCode(),
                r.handlerId(), r.dueAt(), r.openedAt(), r.closedAt(), r.closedBy(), r.justification());
    }
}
