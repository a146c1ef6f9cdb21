package hall.caseservice.cases.domain;

import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.MaterialKind;
import hall.caseservice.catalogue.domain.RequiredMaterial;
import hall.cases.events.AuthorityReplied;
import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseEvent;
import hall.cases.events.CaseReported;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseSuspended;
import hall.cases.events.HandlingCategory;
import hall.cases.events.JointPartDecided;
import hall.cases.events.JointPartLimit;
import hall.cases.events.MaterialsSupplied;
import hall.cases.events.MissingItem;
import hall.cases.events.SupplementRequested;
import hall.cases.events.SuspensionReason;
import hall.workingdays.SupplementNoticePeriod;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A case (办件): one application for one matter by one applicant, in exactly one of the six categories at any
 * time. Every state change is a method that checks the current state, changes the case, appends a history entry
 * and returns the events it causes (contract records, published by the application layer through the outbox).
 */
public final class Case {

    /** Reason written to the applicant when main materials are missing (六件办理制度 第6条). */
    public static final String MAIN_MISSING_POLICY = "《六件办理制度》第六条：申报材料主件缺少的，作为退回件实行明确答复制";
    public static final String AUTHORITY_REFUSED_POLICY = "上级机关不予批准";

    private final String id;
    private final Matter matter;
    private final String windowCode;
    private final Applicant applicant;
    private final Instant receivedAt;
    private CaseStatus status;
    private HandlingCategory category;
    private final Set<String> handedIn;
    private final Set<String> outstanding;
    private final Set<String> suppliedSinceNotice;
    private final List<SupplementNotice> notices;
    private final List<Suspension> suspensions;
    private final List<JointPart> jointParts;
    private AuthorityReport report;
    private Instant acceptedAt;
    private boolean deemedAccepted;
    private Instant completedAt;
    private String result;
    private Instant returnedAt;
    private String returnReason;
    private String returnPolicyBasis;
    private final List<HistoryEntry> history;
    private final long version;

    private Case(String id, Matter matter, String windowCode, Applicant applicant, Instant receivedAt,
            CaseStatus status, HandlingCategory category, java.util.Collection<String> handedIn,
            java.util.Collection<String> outstanding, java.util.Collection<String> suppliedSinceNotice, List<SupplementNotice> notices, List<Suspension> suspensions,
            List<JointPart> jointParts, AuthorityReport report, Instant acceptedAt, boolean deemedAccepted,
            Instant completedAt, String result, Instant returnedAt, String returnReason, String returnPolicyBasis,
            List<HistoryEntry> history, long version) {
        this.id = id;
        this.matter = matter;
        this.windowCode = windowCode;
        this.applicant = applicant;
        this.receivedAt = receivedAt;
        this.status = status;
        this.category = category;
        this.handedIn = new LinkedHashSet<>(handedIn);
        this.outstanding = new LinkedHashSet<>(outstanding);
        this.suppliedSinceNotice = new LinkedHashSet<>(suppliedSinceNotice);
        this.notices = new ArrayList<>(notices);
        this.suspensions = new ArrayList<>(suspensions);
        this.jointParts = new ArrayList<>(jointParts);
        this.report = report;
        this.acceptedAt = acceptedAt;
        this.deemedAccepted = deemedAccepted;
        this.completedAt = completedAt;
        this.result = result;
        this.returnedAt = returnedAt;
        this.returnReason = returnReason;
        this.returnPolicyBasis = returnPolicyBasis;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** Rebuilds a stored case. */
    public static Case restore(CaseSnapshot s) {
        return new Case(s.id(), s.matter(), s.windowCode(), s.applicant(), s.receivedAt(), s.status(), s.category(),
                s.handedIn(), s.outstanding(), s.suppliedSinceNotice(), s.notices(), s.suspensions(),
                s.jointParts(), s.report(), s.acceptedAt(), s.deemedAccepted(), s.completedAt(), s.result(),
                s.returnedAt(), s.returnReason(), s.returnPolicyBasis(), s.history(), s.version());
    }

    public CaseSnapshot snapshot() {
        return new CaseSnapshot(id, matter, windowCode, applicant, receivedAt, status, category, List.copyOf(handedIn),
                List.copyOf(outstanding), List.copyOf(suppliedSinceNotice), List.copyOf(notices),
                List.copyOf(suspensions), List.copyOf(jointParts), report, acceptedAt, deemedAccepted, completedAt,
                result, returnedAt, returnReason, returnPolicyBasis, List.copyOf(history), version);
    }

    /** What {@link #submit} produced: the new case and the events of its first transitions. */
    public record Intake(Case theCase, List<CaseEvent> events) {
    }

    /**
     * Receives a case at a window. Missing main materials make it a returned case at once, with a written reason;
     * missing supporting materials make it a supplement case with the one-time notice listing every missing item.
     */
    public static Intake submit(String id, Matter matter, String windowCode, Applicant applicant,
            List<String> handedInCodes, Instant receivedAt, boolean imported, Actor actor, Supplier<String> ids) {
        Objects.requireNonNull(matter, "matter");
        Set<String> handedIn = new LinkedHashSet<>();
        List<String> given = handedInCodes == null ? List.of() : handedInCodes;
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            if (matter.material(code).isEmpty()) {
                throw new CaseRuleViolation("materials[" + i + "]",
                        "material " + code + " is not on the checklist of matter " + matter.code());
            }
            handedIn.add(code);
        }
        List<RequiredMaterial> missing = matter.materials().stream().filter(m -> !handedIn.contains(m.code())).toList();
        List<MissingItem> missingItems = missing.stream().map(m -> new MissingItem(m.code(), m.name(), m.reason()))
                .toList();
        Case c = new Case(id, matter, windowCode, applicant, receivedAt, CaseStatus.SUBMITTED, matter.category(),
                handedIn, Set.of(), Set.of(), List.of(), List.of(), List.of(), null, null, false, null, null, null,
                null, null, List.of(), 0);
        List<CaseEvent> events = new ArrayList<>();
        c.record(receivedAt, actor, "submission", null, null, imported ? "imported from an existing ledger" : null);
        events.add(new CaseSubmitted(id, matter.code(), matter.category(), windowCode, matter.departmentCode(),
                receivedAt, missingItems, c.contactRef()));
        List<RequiredMaterial> missingMain = missing.stream().filter(m -> m.kind() == MaterialKind.MAIN).toList();
        if (!missingMain.isEmpty()) {
            String names = String.join("、", missingMain.stream().map(RequiredMaterial::name).toList());
            events.addAll(c.close(receivedAt, actor, "申报材料主件缺少：" + names, MAIN_MISSING_POLICY,
                    matter.departmentCode()));
        } else if (!missing.isEmpty()) {
            events.add(c.giveNotice(ids.get(), missingItems, receivedAt, actor, null));
        }
        return new Intake(c, events);
    }

    // ---- actions -------------------------------------------------------------------------------------------

    /** Lists what the current state allows. */
    public List<CaseAction> allowedActions() {
        List<CaseAction> allowed = new ArrayList<>();
        switch (status) {
            case SUBMITTED -> allowed.addAll(List.of(CaseAction.ACCEPTANCE, CaseAction.SUPPLEMENT_REQUEST,
                    CaseAction.RETURN));
            case AWAITING_SUPPLEMENT -> allowed.addAll(List.of(CaseAction.MATERIALS, CaseAction.RETURN));
            case ACCEPTED -> {
                HandlingCategory c = matter.category();
                if (c == HandlingCategory.JOINT) {
                    allowed.add(CaseAction.JOINT_PART_DECISION);
                }
                if (c == HandlingCategory.REPORTED && report == null) {
                    allowed.add(CaseAction.REPORT);
                }
                if (c != HandlingCategory.IMMEDIATE) {
                    allowed.add(CaseAction.SUSPENSION);
                }
                if (c == HandlingCategory.IMMEDIATE || c == HandlingCategory.PROMISED
                        || (c == HandlingCategory.REPORTED && report != null
                                && Boolean.TRUE.equals(report.approved()))) {
                    allowed.add(CaseAction.COMPLETION);
                }
                allowed.add(CaseAction.RETURN);
            }
            case SUSPENDED -> allowed.add(CaseAction.SUSPENSION_END);
            case AWAITING_AUTHORITY -> allowed.add(CaseAction.AUTHORITY_REPLY);
            case COMPLETED, RETURNED -> {
            }
        }
        return List.copyOf(allowed);
    }

    private void require(CaseAction action) {
        List<CaseAction> allowed = allowedActions();
        if (!allowed.contains(action)) {
            throw new ActionNotAllowed(action, status, allowed, "action " + action.path() + " is not allowed on a "
                    + category + " case in status " + status);
        }
    }

    /** Formal acceptance (受理) by the window; the time limit runs from here. */
    public List<CaseEvent> accept(Actor actor, Instant now) {
        if (deemedAccepted && status == CaseStatus.ACCEPTED) {
            throw new ActionNotAllowed(CaseAction.ACCEPTANCE, status, allowedActions(), "case " + id
                    + " counts as accepted since the day of receipt: no supplement notice followed within 5 working"
                    + " days (Administrative Licensing Law art. 32)");
        }
        require(CaseAction.ACCEPTANCE);
        return List.of(acceptAt(now, actor, false, null));
    }

    /**
     * No supplement notice was given within 5 working days of receipt: the case counts as accepted on the day of
     * receipt (Administrative Licensing Law art. 32). Has no effect (returns no events) once a notice was given or
     * the case has left SUBMITTED, so a late or repeated report changes nothing.
     */
    public List<CaseEvent> acceptAsDeemed(Instant now) {
        if (status != CaseStatus.SUBMITTED || !notices.isEmpty()) {
            return List.of();
        }
        return List.of(acceptAt(receivedAt, Actor.DEADLINE_SERVICE, true,
                "no supplement notice within 5 working days of receipt (Administrative Licensing Law art. 32); "
                        + "accepted as of the day of receipt, noted at " + now));
    }

    /**
     * The hall's own reading of Administrative Licensing Law art. 32: once the 5-working-day notice period has
     * lapsed with no supplement notice, the case counts as accepted on the day of receipt. Judged from the dates
     * and the working-day calendar alone, so it holds before deadline-service reports the lapse (or while it is
     * down); no effect before the lapse, after a notice, or once the case has left SUBMITTED.
     */
    public List<CaseEvent> settleNoticePeriod(SupplementNoticePeriod period, Instant now) {
        if (status != CaseStatus.SUBMITTED || !notices.isEmpty() || now.isBefore(period.lapsesAt())) {
            return List.of();
        }
        return List.of(acceptAt(receivedAt, Actor.HALL_RULES, true,
                "no supplement notice by the end of " + period.lastDay() + ", the 5th working day after receipt "
                        + "(Administrative Licensing Law art. 32); accepted as of the day of receipt, noted at " + now));
    }

    private CaseAccepted acceptAt(Instant at, Actor actor, boolean deemed, String why) {
        CaseStatus from = status;
        HandlingCategory fromCategory = category;
        status = CaseStatus.ACCEPTED;
        category = matter.category();
        acceptedAt = at;
        deemedAccepted = deemed;
        if (matter.category() == HandlingCategory.JOINT) {
            jointParts.clear();
            for (JointDepartment d : matter.jointDepartments()) {
                jointParts.add(new JointPart(d.departmentCode(), d.lead(), d.internalLimitDays(),
                        JointPart.Decision.PENDING, null, null, null));
            }
        }
        history.add(new HistoryEntry(deemed ? at : at, actor.subject(), actor.name(),
                deemed ? "deemed-acceptance" : "acceptance", from, status, fromCategory, category, why));
        List<JointPartLimit> limits = jointParts.stream()
                .map(p -> new JointPartLimit(p.departmentCode(), p.lead(), p.internalLimitDays())).toList();
        return new CaseAccepted(id, matter.code(), matter.name(), matter.category(), windowCode,
                matter.departmentCode(), at, matter.promisedLimitDays(), matter.statutoryLimitDays(),
                matter.extensionCapDays(), limits, actor.subject(), contactRef(), applicant.callbackConsent(), deemed);
    }

    /**
     * A supplement notice given by the clerk on review. The first notice must list everything; a further notice
     * needs a justification and may only list items the earlier notice could not have known about: items supplied
     * since then (their content raised new questions) or items outside the matter's checklist.
     */
    public List<CaseEvent> requestSupplement(List<RequestedItem> requested, String justification, Actor actor,
            Instant now, String noticeId) {
        if (deemedAccepted && notices.isEmpty()) {
            throw new LateSupplementNotice(id, receivedAt);
        }
        require(CaseAction.SUPPLEMENT_REQUEST);
        if (requested == null || requested.isEmpty()) {
            throw new CaseRuleViolation("items", "a supplement notice lists at least one item");
        }
        boolean further = !notices.isEmpty();
        if (further && blank(justification)) {
            throw new CaseRuleViolation("justification",
                    "a further notice must say why the first notice could not have listed its items");
        }
        List<MissingItem> items = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedItem r = requested.get(i);
            if (blank(r.code())) {
                throw new CaseRuleViolation("items[" + i + "].code", "must not be blank");
            }
            if (blank(r.reason())) {
                throw new CaseRuleViolation("items[" + i + "].reason", "every item needs the reason it is needed");
            }
            if (!codes.add(r.code())) {
                throw new CaseRuleViolation("items[" + i + "].code", "item " + r.code() + " is listed twice");
            }
            Optional<RequiredMaterial> onList = matter.material(r.code());
            if (onList.isEmpty() && blank(r.name())) {
                throw new CaseRuleViolation("items[" + i + "].name", "an item outside the checklist needs a name");
            }
            if (further && onList.isPresent() && !suppliedSinceNotice.contains(r.code())) {
                throw new CaseRuleViolation("items[" + i + "].code", "item " + r.code()
                        + " could have been listed in the first notice; a further notice may only list new findings");
            }
            items.add(new MissingItem(r.code(), onList.map(RequiredMaterial::name).orElse(r.name()), r.reason()));
        }
        return List.of(giveNotice(noticeId, items, now, actor, justification));
    }

    private SupplementRequested giveNotice(String noticeId, List<MissingItem> items, Instant now, Actor actor,
            String justification) {
        CaseStatus from = status;
        HandlingCategory fromCategory = category;
        SupplementNotice notice = new SupplementNotice(noticeId, items, now, actor.subject(), justification);
        notices.add(notice);
        outstanding.clear();
        items.forEach(i -> outstanding.add(i.code()));
        suppliedSinceNotice.clear();
        status = CaseStatus.AWAITING_SUPPLEMENT;
        category = HandlingCategory.SUPPLEMENT;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "supplement-request", from, status,
                fromCategory, category, "missing: " + String.join(", ", items.stream().map(MissingItem::code).toList())
                        + (justification == null ? "" : "; " + justification)));
        return new SupplementRequested(id, noticeId, windowCode, items, now);
    }

    /** The applicant supplies items; when nothing is outstanding any more the case waits for acceptance again. */
    public List<CaseEvent> supplyMaterials(List<String> itemCodes, Actor actor, Instant now) {
        require(CaseAction.MATERIALS);
        if (itemCodes == null || itemCodes.isEmpty()) {
            throw new CaseRuleViolation("items", "list at least one supplied item");
        }
        for (int i = 0; i < itemCodes.size(); i++) {
            String code = itemCodes.get(i);
            if (!outstanding.contains(code) && matter.material(code).isEmpty()) {
                throw new CaseRuleViolation("items[" + i + "]", "item " + code + " was not asked for");
            }
        }
        CaseStatus from = status;
        for (String code : itemCodes) {
            outstanding.remove(code);
            handedIn.add(code);
            suppliedSinceNotice.add(code);
        }
        boolean complete = outstanding.isEmpty();
        if (complete) {
            status = CaseStatus.SUBMITTED;
        }
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "materials", from, status, category, category,
                "supplied: " + String.join(", ", itemCodes) + (complete ? "; complete" : "; still missing: "
                        + String.join(", ", outstanding))));
        return List.of(new MaterialsSupplied(id, List.copyOf(itemCodes), complete, now, windowCode,
                matter.departmentCode(), matter.code()));
    }

    /** Returns the case (退回件) with a written reason and its policy basis; the case is closed. */
    public List<CaseEvent> returnCase(String reason, String policyBasis, Actor actor, Instant now) {
        require(CaseAction.RETURN);
        if (blank(reason)) {
            throw new CaseRuleViolation("reason", "a return needs a written reason");
        }
        if (blank(policyBasis)) {
            throw new CaseRuleViolation("policyBasis", "a return needs its policy basis");
        }
        return close(now, actor, reason, policyBasis, matter.departmentCode());
    }

    private List<CaseEvent> close(Instant now, Actor actor, String reason, String policyBasis, String departmentCode) {
        CaseStatus from = status;
        HandlingCategory fromCategory = category;
        status = CaseStatus.RETURNED;
        category = HandlingCategory.RETURNED;
        returnedAt = now;
        returnReason = reason;
        returnPolicyBasis = policyBasis;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "return", from, status, fromCategory, category,
                reason + " (" + policyBasis + ")"));
        return List.of(new CaseReturned(id, windowCode, reason, policyBasis, departmentCode, now));
    }

    /** Suspends the clock for a reason the law allows (art. 45). */
    public List<CaseEvent> suspend(SuspensionReason reason, String note, Actor actor, Instant now, String suspensionId) {
        require(CaseAction.SUSPENSION);
        if (reason == null) {
            throw new CaseRuleViolation("reason", "one of " + List.of(SuspensionReason.values()));
        }
        CaseStatus from = status;
        suspensions.add(new Suspension(suspensionId, reason, note, now, null, null));
        status = CaseStatus.SUSPENDED;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "suspension", from, status, category, category,
                reason + (blank(note) ? "" : ": " + note)));
        return List.of(new CaseSuspended(id, suspensionId, reason, note, now));
    }

    public List<CaseEvent> endSuspension(String suspensionId, String note, Actor actor, Instant now) {
        require(CaseAction.SUSPENSION_END);
        int index = -1;
        for (int i = 0; i < suspensions.size(); i++) {
            if (suspensions.get(i).id().equals(suspensionId) && suspensions.get(i).open()) {
                index = i;
            }
        }
        if (index < 0) {
            throw new CaseRuleViolation("suspensionId", "no open suspension " + suspensionId + " on this case");
        }
        suspensions.set(index, suspensions.get(index).end(now, note));
        CaseStatus from = status;
        status = CaseStatus.ACCEPTED;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "suspension-end", from, status, category,
                category, blank(note) ? suspensions.get(index).reason() + " ended" : note));
        return List.of(new CaseResumed(id, suspensionId, now));
    }

    /** Sends a reported case up to a higher authority; the window stays responsible for tracking it. */
    public List<CaseEvent> report(String authority, Instant reportedAt, Actor actor, Instant now) {
        require(CaseAction.REPORT);
        if (blank(authority)) {
            throw new CaseRuleViolation("authority", "name the higher authority");
        }
        Instant when = reportedAt == null ? now : reportedAt;
        if (when.isAfter(now)) {
            throw new CaseRuleViolation("reportedAt", "must not lie in the future");
        }
        if (when.isBefore(acceptedAt)) {
            throw new CaseRuleViolation("reportedAt", "must not lie before the acceptance");
        }
        CaseStatus from = status;
        report = new AuthorityReport(authority, when, actor.subject(), null, null, null);
        status = CaseStatus.AWAITING_AUTHORITY;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "report", from, status, category, category,
                "sent to " + authority + " at " + when));
        return List.of(new CaseReported(id, windowCode, authority, when));
    }

    /** Records the higher authority's reply; a refusal returns the case with the authority's reason. */
    public List<CaseEvent> recordAuthorityReply(boolean approved, String reply, Instant repliedAt, Actor actor,
            Instant now) {
        require(CaseAction.AUTHORITY_REPLY);
        if (blank(reply)) {
            throw new CaseRuleViolation("reply", "record what the authority replied");
        }
        Instant when = repliedAt == null ? now : repliedAt;
        if (when.isAfter(now)) {
            throw new CaseRuleViolation("repliedAt", "must not lie in the future");
        }
        if (when.isBefore(report.reportedAt())) {
            throw new CaseRuleViolation("repliedAt", "must not lie before the case was sent up");
        }
        CaseStatus from = status;
        report = report.replied(approved, reply, when);
        List<CaseEvent> events = new ArrayList<>();
        events.add(new AuthorityReplied(id, report.authority(), approved, reply, when));
        status = CaseStatus.ACCEPTED;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "authority-reply", from, status, category,
                category, (approved ? "approved: " : "refused: ") + reply));
        if (!approved) {
            events.addAll(close(now, actor, reply, AUTHORITY_REFUSED_POLICY + "（" + report.authority() + "）",
                    matter.departmentCode()));
        }
        return events;
    }

    /**
     * One department's decision on its part of a joint case. A refusal returns the case with that department's
     * reason; the last approval completes it.
     */
    public List<CaseEvent> decideJointPart(String departmentCode, boolean approved, String reason, Actor actor,
            Instant now) {
        require(CaseAction.JOINT_PART_DECISION);
        int index = -1;
        for (int i = 0; i < jointParts.size(); i++) {
            if (jointParts.get(i).departmentCode().equals(departmentCode)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new CaseRuleViolation("departmentCode", "department " + departmentCode
                    + " takes no part in this case");
        }
        JointPart part = jointParts.get(index);
        if (part.decision() != JointPart.Decision.PENDING) {
            throw new ActionNotAllowed(CaseAction.JOINT_PART_DECISION, status, allowedActions(),
                    "the part of " + departmentCode + " was already decided: " + part.decision());
        }
        if (!approved && blank(reason)) {
            throw new CaseRuleViolation("reason", "a refusal needs the department's reason");
        }
        jointParts.set(index, part.decide(approved, reason, now, actor.subject()));
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "joint-part-decision", status, status,
                category, category, departmentCode + (approved ? " approved" : " refused: " + reason)));
        List<CaseEvent> events = new ArrayList<>();
        events.add(new JointPartDecided(id, departmentCode, approved, reason, now));
        if (!approved) {
            events.addAll(close(now, actor, reason, "联办部门不予批准（" + departmentCode + "）", departmentCode));
        } else if (jointParts.stream().allMatch(p -> p.decision() == JointPart.Decision.APPROVED)) {
            events.add(finish("all participating departments approved", actor, now));
        }
        return events;
    }

    /** Finishes the case (办结) with its result. Joint cases finish by their last approval instead. */
    public List<CaseEvent> complete(String resultText, Actor actor, Instant now) {
        require(CaseAction.COMPLETION);
        if (blank(resultText)) {
            throw new CaseRuleViolation("result", "state the result");
        }
        return List.of(finish(resultText, actor, now));
    }

    private CaseCompleted finish(String resultText, Actor actor, Instant now) {
        CaseStatus from = status;
        status = CaseStatus.COMPLETED;
        completedAt = now;
        result = resultText;
        history.add(new HistoryEntry(now, actor.subject(), actor.name(), "completion", from, status, category, category,
                resultText));
        return new CaseCompleted(id, matter.code(), category, windowCode, matter.departmentCode(), resultText, now,
                actor.subject(), contactRef(), applicant.callbackConsent());
    }

    /**
     * A step of the case's deadline that deadline-service reported (an extension asked for, approved or refused, a
     * warning, a breach): written into the case's history as it happened, without changing the case.
     */
    public void recordDeadlineStep(String action, Instant at, String actorSubject, String details) {
        history.add(new HistoryEntry(at, actorSubject == null ? Actor.DEADLINE_SERVICE.subject() : actorSubject,
                actorSubject == null ? Actor.DEADLINE_SERVICE.name() : actorSubject, action, status, status, category,
                category, details));
    }

    private void record(Instant at, Actor actor, String action, CaseStatus from, HandlingCategory fromCategory,
            String why) {
        history.add(new HistoryEntry(at, actor.subject(), actor.name(), action, from, status, fromCategory, category,
                why));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String contactRefOf(String caseId) {
        return "case:" + caseId;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public String contactRef() {
        return contactRefOf(id);
    }

    public String id() {
        return id;
    }

    public Matter matter() {
        return matter;
    }

    public String windowCode() {
        return windowCode;
    }

    public String departmentCode() {
        return matter.departmentCode();
    }

    public Applicant applicant() {
        return applicant;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public CaseStatus status() {
        return status;
    }

    public HandlingCategory category() {
        return category;
    }

    public List<SupplementNotice> notices() {
        return List.copyOf(notices);
    }

    public List<String> outstanding() {
        return List.copyOf(outstanding);
    }

    public List<JointPart> jointParts() {
        return List.copyOf(jointParts);
    }

    public List<Suspension> suspensions() {
        return List.copyOf(suspensions);
    }

    public AuthorityReport report() {
        return report;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public boolean deemedAccepted() {
        return deemedAccepted;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String result() {
        return result;
    }

    public String returnReason() {
        return returnReason;
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
