package hall.caseservice.cases.application;

import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.Window;
import hall.caseservice.catalogue.application.Catalogue;
import hall.caseservice.catalogue.domain.IntakeTerms;
import hall.caseservice.cases.domain.Actor;
import hall.caseservice.cases.domain.Applicant;
import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.domain.CaseRuleViolation;
import hall.caseservice.cases.domain.RequestedItem;
import hall.caseservice.cases.persistence.CaseRepository;
import hall.caseservice.cases.persistence.DeadlineReadModel;
import hall.caseservice.cases.persistence.IdempotentRequests;
import hall.caseservice.shared.AccessRefused;
import hall.caseservice.shared.HallClock;
import hall.caseservice.shared.InvalidReference;
import hall.caseservice.shared.NotFound;
import hall.cases.events.CaseEvent;
import hall.cases.events.SuspensionReason;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import java.util.UUID;

/** The case lifecycle: intake and every action, each in one transaction with its events in the outbox. */
@Service
public class CaseCommands {

    /** A receivedAt this far ahead of the server clock still counts as "now" (clock skew of the front end). */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final CaseRepository cases;
    private final Catalogue catalogue;
    private final CaseEventPublisher publisher;
    private final DeadlineReadModel deadlines;
    private final DeemedAcceptances deemedAcceptances;
    private final HallClock clock;
    private final IdempotentRequests idempotentRequests;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    /** The earliest day of receipt a ledger import may carry (hall date). */
    private final LocalDate earliestImport;

    public CaseCommands(CaseRepository cases, Catalogue catalogue, CaseEventPublisher publisher,
            DeadlineReadModel deadlines, DeemedAcceptances deemedAcceptances, HallClock clock,
            IdempotentRequests idempotentRequests, JsonMapper json, TransactionTemplate transaction,
            @Value("${platform.cases.ledger-import.earliest:2000-01-01}") LocalDate earliestImport) {
        this.transaction = transaction;
        this.deemedAcceptances = deemedAcceptances;
        this.earliestImport = earliestImport;
        this.cases = cases;
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.deadlines = deadlines;
        this.clock = clock;
        this.idempotentRequests = idempotentRequests;
        this.json = json;
    }

    /**
     * Takes in a case. With an idempotency key, the first answer is stored in the same transaction and a repeated
     * request with the same key (by the same caller) gets that answer instead of a second case.
     */
    @Transactional
    public IntakeAnswer submit(SubmitCase command, String idempotencyKey, Caller caller) {
        String hash = null;
        if (idempotencyKey != null) {
            hash = sha256(json.writeValueAsString(command));
            if (!idempotentRequests.claim(caller.subject(), idempotencyKey, hash)) {
                return replay(caller, idempotencyKey, hash);
            }
        }
        Case c = intake(command, caller);
        String body = json.writeValueAsString(CaseView.of(c, List.of(), CaseAccess.seesFullPersonalData(caller, c)));
        if (idempotencyKey != null) {
            idempotentRequests.answer(caller.subject(), idempotencyKey, 201, body);
        }
        return new IntakeAnswer(201, body, c.id(), false);
    }

    private IntakeAnswer replay(Caller caller, String key, String hash) {
        IdempotentRequests.Stored stored = idempotentRequests.stored(caller.subject(), key);
        if (!stored.hash().equals(hash)) {
            throw new CaseRuleViolation("Idempotency-Key", "the key was used before for a different request");
        }
        String caseId = json.readTree(stored.body()).path("id").asString();
        return new IntakeAnswer(stored.status(), stored.body(), caseId, true);
    }

    private Case intake(SubmitCase command, Caller caller) {
        Instant now = clock.now();
        Instant receivedAt = now;
        if (command.receivedAt() != null) {
            if (!caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)) {
                throw new AccessRefused("receivedAt may only be given by SUPERVISOR or ADMIN (ledger import)");
            }
            if (command.receivedAt().isAfter(now.plus(SKEW))) {
                throw new CaseRuleViolation("receivedAt", "must not lie in the future");
            }
            if (command.receivedAt().isBefore(earliestImport.atStartOfDay(clock.zone()).toInstant())) {
                throw new CaseRuleViolation("receivedAt", "must not be before " + earliestImport
                        + " (platform.cases.ledger-import.earliest)");
            }
            receivedAt = command.receivedAt();
        }
        String applicantSubject = command.applicantSubject();
        if (caller.hasRole(Role.APPLICANT) && !caller.hasAnyRole(Role.CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            applicantSubject = caller.subject();
        } else if (caller.hasRole(Role.CLERK) && !caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)) {
            if (!command.windowCode().equals(caller.windowCode())) {
                throw new AccessRefused("a clerk takes in cases only at their own window " + caller.windowCode());
            }
        } else if (!caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessRefused("cases are taken in by applicants, clerks, supervisors or admins");
        }
        IntakeTerms terms = catalogue.intakeTerms(command.windowCode(), command.matterCode());
        Window window = terms.window()
                .orElseThrow(() -> new InvalidReference("windowCode", "unknown window " + command.windowCode()));
        Matter matter = terms.matter()
                .orElseThrow(() -> new InvalidReference("matterCode", "unknown matter " + command.matterCode()));
        if (!window.departmentCode().equals(matter.departmentCode())) {
            throw new InvalidReference("matterCode", "matter " + matter.code() + " belongs to department "
                    + matter.departmentCode() + ", not to the department of window " + window.code());
        }
        matter = terms.windowsPromisedLimit().map(matter::promisedIn).orElse(matter);
        Applicant applicant = new Applicant(command.applicantName(), command.phone(), command.idNumber(),
                command.callbackConsent(), applicantSubject);
        Case.Intake intake = Case.submit(Case.newId(), matter, window.code(), applicant, command.materials(),
                receivedAt, command.receivedAt() != null, actor(caller), CaseCommands::newId);
        cases.insert(intake.theCase());
        publisher.publish(intake.theCase(), intake.events());
        return intake.theCase();
    }

    // ---- actions -------------------------------------------------------------------------------------------

    /**
     * Accepts a case. The notice period is settled first, in a transaction of its own that commits even when the
     * acceptance is then refused, and only then does the acceptance's transaction take its connection: with the
     * acceptance's transaction open around the settling one, each request held one connection while waiting for a
     * second, and a burst of acceptances took the whole pool and waited out its timeout (503 "database out of
     * reach"; the bench's event-latency row at 27 cases/s).
     */
    public CaseView accept(String caseId, Caller caller) {
        deemedAcceptances.settle(caseId);
        return transaction.execute(status -> act(caseId, caller, Access.HANDLER,
                (c, now) -> c.accept(actor(caller), now)));
    }

    /** A supplement notice after review; the notice period is settled first, as for {@link #accept}. */
    public CaseView requestSupplement(String caseId, List<RequestedItem> items, String justification, Caller caller) {
        deemedAcceptances.settle(caseId);
        return transaction.execute(status -> act(caseId, caller, Access.HANDLER,
                (c, now) -> c.requestSupplement(items, justification, actor(caller), now, newId())));
    }

    @Transactional
    public CaseView supplyMaterials(String caseId, List<String> items, Caller caller) {
        return act(caseId, caller, Access.SUPPLIER, (c, now) -> c.supplyMaterials(items, actor(caller), now));
    }

    @Transactional
    public CaseView returnCase(String caseId, String reason, String policyBasis, Caller caller) {
        return act(caseId, caller, Access.HANDLER, (c, now) -> c.returnCase(reason, policyBasis, actor(caller), now));
    }

    @Transactional
    public CaseView suspend(String caseId, SuspensionReason reason, String note, Caller caller) {
        return act(caseId, caller, Access.HANDLER, (c, now) -> c.suspend(reason, note, actor(caller), now, newId()));
    }

    @Transactional
    public CaseView endSuspension(String caseId, String suspensionId, String note, Caller caller) {
        return act(caseId, caller, Access.HANDLER,
                (c, now) -> c.endSuspension(suspensionId, note, actor(caller), now));
    }

    @Transactional
    public CaseView report(String caseId, String authority, Instant reportedAt, Caller caller) {
        return act(caseId, caller, Access.HANDLER, (c, now) -> c.report(authority, reportedAt, actor(caller), now));
    }

    @Transactional
    public CaseView recordAuthorityReply(String caseId, boolean approved, String reply, Instant repliedAt,
            Caller caller) {
        return act(caseId, caller, Access.HANDLER,
                (c, now) -> c.recordAuthorityReply(approved, reply, repliedAt, actor(caller), now));
    }

    @Transactional
    public CaseView decideJointPart(String caseId, String departmentCode, boolean approved, String reason,
            Caller caller) {
        CaseAccess.requireDepartmentOfficer(caller, departmentCode);
        return act(caseId, caller, Access.NONE,
                (c, now) -> c.decideJointPart(departmentCode, approved, reason, actor(caller), now));
    }

    @Transactional
    public CaseView complete(String caseId, String result, Caller caller) {
        return act(caseId, caller, Access.HANDLER, (c, now) -> c.complete(result, actor(caller), now));
    }

    private enum Access {
        HANDLER, SUPPLIER, NONE
    }

    private interface Transition {
        List<CaseEvent> apply(Case c, Instant now);
    }

    private CaseView act(String caseId, Caller caller, Access access, Transition transition) {
        Case c = cases.findForUpdate(caseId).orElseThrow(() -> new NotFound("no case " + caseId));
        switch (access) {
            case HANDLER -> CaseAccess.requireHandler(caller, c);
            case SUPPLIER -> CaseAccess.requireSupplier(caller, c);
            case NONE -> {
            }
        }
        int before = c.history().size();
        List<CaseEvent> events = transition.apply(c, clock.now());
        cases.update(c, before);
        publisher.publish(c, events);
        return CaseView.of(c, deadlines.of(caseId), CaseAccess.seesFullPersonalData(caller, c));
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.subject(), caller.name());
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
