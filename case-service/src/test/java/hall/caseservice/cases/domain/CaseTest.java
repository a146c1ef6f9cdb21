package hall.caseservice.cases.domain;

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
import hall.cases.events.MaterialsSupplied;
import hall.cases.events.MissingItem;
import hall.cases.events.SupplementRequested;
import hall.cases.events.SuspensionReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import hall.workingdays.BuiltInSchedules;
import hall.workingdays.SupplementNoticePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

    static final Actor CLERK = new Actor("clerk-1", "张三");
    static final Actor OFFICER = new Actor("officer-2", "李四");
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant T1 = T0.plusSeconds(3600);
    static final Instant T2 = T1.plusSeconds(3600);
    static final Applicant APPLICANT = new Applicant("王五", "13812345678", null, true, "app-1");
    static final AtomicInteger IDS = new AtomicInteger();

    static Case.Intake submit(HandlingCategory category, List<String> handedIn) {
        return Case.submit("c-1", Matters.of(category), "W01", APPLICANT, handedIn, T0, false, CLERK,
                () -> "n-" + IDS.incrementAndGet());
    }

    static Case accepted(HandlingCategory category) {
        Case c = submit(category, Matters.ALL).theCase();
        c.accept(CLERK, T1);
        return c;
    }

    @Nested
    class Intake {

        @ParameterizedTest
        @EnumSource(value = HandlingCategory.class, names = {"IMMEDIATE", "PROMISED", "JOINT", "REPORTED"})
        void completeMaterialsWaitForAcceptanceInTheMattersCategory(HandlingCategory category) {
            Case.Intake intake = submit(category, Matters.ALL);
            assertThat(intake.theCase().status()).isEqualTo(CaseStatus.SUBMITTED);
            assertThat(intake.theCase().category()).isEqualTo(category);
            assertThat(intake.events()).singleElement().isInstanceOfSatisfying(CaseSubmitted.class, e -> {
                assertThat(e.missingItems()).isEmpty();
                assertThat(e.category()).isEqualTo(category);
                assertThat(e.contactRef()).isEqualTo("case:c-1");
            });
            assertThat(intake.theCase().history()).singleElement().satisfies(h -> {
                assertThat(h.fromStatus()).isNull();
                assertThat(h.toStatus()).isEqualTo(CaseStatus.SUBMITTED);
                assertThat(h.actorSubject()).isEqualTo("clerk-1");
            });
            assertThat(intake.theCase().allowedActions()).containsExactly(CaseAction.ACCEPTANCE,
                    CaseAction.SUPPLEMENT_REQUEST, CaseAction.RETURN);
        }

        @Test
        void missingSupportingMaterialsGiveOneNoticeListingEveryItemWithItsReason() {
            Case.Intake intake = submit(HandlingCategory.PROMISED, List.of("FORM", "LICENSE"));
            Case c = intake.theCase();
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
            assertThat(c.category()).isEqualTo(HandlingCategory.SUPPLEMENT);
            assertThat(intake.events()).hasSize(2);
            assertThat(intake.events().get(1)).isInstanceOfSatisfying(SupplementRequested.class, e ->
                    assertThat(e.items()).containsExactly(new MissingItem("ID", "身份证复印件", "核验经办人身份"),
                            new MissingItem("PLAN", "平面图", "审查场地条件")));
            assertThat(c.notices()).hasSize(1);
            assertThat(c.outstanding()).containsExactly("ID", "PLAN");
        }

        @Test
        void missingMainMaterialReturnsTheCaseAtOnceWithAWrittenReason() {
            Case.Intake intake = submit(HandlingCategory.PROMISED, List.of("FORM", "ID"));
            Case c = intake.theCase();
            assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
            assertThat(c.category()).isEqualTo(HandlingCategory.RETURNED);
            assertThat(intake.events().get(0)).isInstanceOfSatisfying(CaseSubmitted.class, e ->
                    assertThat(e.missingItems()).extracting(MissingItem::code).containsExactly("LICENSE", "PLAN"));
            assertThat(intake.events().get(1)).isInstanceOfSatisfying(CaseReturned.class, e -> {
                assertThat(e.reason()).contains("营业执照");
                assertThat(e.policyBasis()).isEqualTo(Case.MAIN_MISSING_POLICY);
            });
            assertThat(c.allowedActions()).isEmpty();
            assertThat(c.history()).extracting(HistoryEntry::toStatus)
                    .containsExactly(CaseStatus.SUBMITTED, CaseStatus.RETURNED);
        }

        @Test
        void materialsOutsideTheChecklistAreRefused() {
            assertThatThrownBy(() -> submit(HandlingCategory.PROMISED, List.of("FORM", "XX")))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e ->
                            assertThat(e.field()).isEqualTo("materials[1]"));
        }

        @Test
        void intakeRecordsTheMatterWindowApplicantAndTimeOfReceipt() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            assertThat(c.id()).isEqualTo("c-1");
            assertThat(c.matter()).isEqualTo(Matters.of(HandlingCategory.PROMISED));
            assertThat(c.windowCode()).isEqualTo("W01");
            assertThat(c.departmentCode()).isEqualTo("D1");
            assertThat(c.applicant()).isEqualTo(APPLICANT);
            assertThat(c.receivedAt()).isEqualTo(T0);
            assertThat(c.history()).singleElement().satisfies(h -> {
                assertThat(h.action()).isEqualTo("submission");
                assertThat(h.reason()).isNull();
            });
        }

        @Test
        void aCaseImportedFromAnExistingLedgerSaysSoInItsHistory() {
            Case c = Case.submit("c-2", Matters.of(HandlingCategory.PROMISED), "W01", APPLICANT, Matters.ALL, T0, true,
                    CLERK, () -> "n").theCase();
            assertThat(c.history()).singleElement()
                    .satisfies(h -> assertThat(h.reason()).isEqualTo("imported from an existing ledger"));
        }

        @Test
        void caseIdsAreFreshAndNonBlank() {
            assertThat(Case.newId()).isNotBlank().isNotEqualTo(Case.newId());
        }

        @Test
        void nothingHandedInMeansTheMainMaterialsAreMissing() {
            Case c = Case.submit("c-3", Matters.of(HandlingCategory.PROMISED), "W01", APPLICANT, null, T0, false,
                    CLERK, () -> "n").theCase();
            assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
            assertThat(c.returnReason()).contains("申请表", "营业执照");
        }
    }

    @Nested
    class Supplement {

        Case waiting() {
            return submit(HandlingCategory.PROMISED, List.of("FORM", "LICENSE")).theCase();
        }

        @Test
        void supplyingPartOfTheItemsKeepsTheCaseWaiting() {
            Case c = waiting();
            List<CaseEvent> events = c.supplyMaterials(List.of("ID"), CLERK, T1);
            assertThat(events).singleElement().isInstanceOfSatisfying(MaterialsSupplied.class,
                    e -> assertThat(e.complete()).isFalse());
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
            assertThat(c.outstanding()).containsExactly("PLAN");
            assertThat(c.history().getLast().reason()).isEqualTo("supplied: ID; still missing: PLAN");
        }

        @Test
        void supplyingEverythingMakesTheCaseReadyForAcceptanceThenAcceptanceGivesTheMattersCategory() {
            Case c = waiting();
            List<CaseEvent> events = c.supplyMaterials(List.of("ID", "PLAN"), CLERK, T1);
            assertThat(events).singleElement().isInstanceOfSatisfying(MaterialsSupplied.class,
                    e -> assertThat(e.complete()).isTrue());
            assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
            assertThat(c.category()).isEqualTo(HandlingCategory.SUPPLEMENT);
            assertThat(c.history().getLast().reason()).isEqualTo("supplied: ID, PLAN; complete");
            c.accept(CLERK, T2);
            assertThat(c.category()).isEqualTo(HandlingCategory.PROMISED);
            assertThat(c.acceptedAt()).isEqualTo(T2);
        }

        @Test
        void acceptanceIsNotAllowedWhileANoticeIsOutstanding() {
            Case c = waiting();
            assertThatThrownBy(() -> c.accept(CLERK, T1)).isInstanceOfSatisfying(ActionNotAllowed.class, e -> {
                assertThat(e.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
                assertThat(e.allowed()).containsExactly(CaseAction.MATERIALS, CaseAction.RETURN);
            });
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        }

        @Test
        void itemsThatWereNotAskedForAreRefused() {
            Case c = waiting();
            assertThatThrownBy(() -> c.supplyMaterials(List.of("NOPE"), CLERK, T1))
                    .isInstanceOf(CaseRuleViolation.class);
            assertThat(c.outstanding()).containsExactly("ID", "PLAN");
        }

        @Test
        void clerkMayGiveAFirstNoticeOnReviewWithAReasonForEveryItem() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("PLAN", null, " ")), null, CLERK,
                    T1, "n")).isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("items[0].reason"));
            List<CaseEvent> events = c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清"),
                    new RequestedItem("FIRE", "消防意见书", "场地面积超过标准")), null, CLERK, T1, "n-x");
            assertThat(events).singleElement().isInstanceOfSatisfying(SupplementRequested.class, e ->
                    assertThat(e.items()).extracting(MissingItem::name).containsExactly("平面图", "消防意见书"));
            assertThat(c.category()).isEqualTo(HandlingCategory.SUPPLEMENT);
        }

        @Test
        void aSecondNoticeMayOnlyListWhatTheFirstCouldNotHaveKnown() {
            Case c = waiting();
            c.supplyMaterials(List.of("ID", "PLAN"), CLERK, T1);
            // FORM was handed in at intake: the first notice could have listed it
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("FORM", null, "填写不完整")),
                    "新情况", CLERK, T2, "n2")).isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("items[0].code"));
            // a further notice needs a justification
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清")),
                    null, CLERK, T2, "n2")).isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("justification"));
            // PLAN was supplied after the first notice: its content is new
            c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清")), "补交的平面图无法辨认", CLERK,
                    T2, "n2");
            assertThat(c.notices()).hasSize(2);
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
            assertThat(c.history().getLast().reason()).isEqualTo("missing: PLAN; 补交的平面图无法辨认");
            assertThat(c.history()).filteredOn(h -> h.action().equals("supplement-request")).first()
                    .satisfies(h -> assertThat(h.reason()).isEqualTo("missing: ID, PLAN"));
        }

        @Test
        void supplementCaseMayBeReturnedWhenMaterialsNeverCome() {
            Case c = waiting();
            List<CaseEvent> events = c.returnCase("逾期未补正", "《行政许可法》第三十二条", CLERK, T2);
            assertThat(events).singleElement().isInstanceOf(CaseReturned.class);
            assertThat(c.category()).isEqualTo(HandlingCategory.RETURNED);
        }

        @Test
        void aThirdNoticeMayOnlyListWhatWasSuppliedSinceTheSecond() {
            Case c = waiting();
            c.supplyMaterials(List.of("ID", "PLAN"), CLERK, T1);
            c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清")), "补交的平面图无法辨认", CLERK,
                    T1, "n2");
            c.supplyMaterials(List.of("PLAN"), CLERK, T2);
            // ID was supplied before the second notice: the second notice could have listed it
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("ID", null, "复印件不清晰")),
                    "新情况", CLERK, T2, "n3")).isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("items[0].code"));
            assertThat(c.notices()).hasSize(2);
            assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        }

        @Test
        void materialsAreOnlyTakenWhileANoticeIsOutstanding() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            assertThatThrownBy(() -> c.supplyMaterials(List.of("ID"), CLERK, T1))
                    .isInstanceOfSatisfying(ActionNotAllowed.class, e -> {
                        assertThat(e.action()).isEqualTo(CaseAction.MATERIALS);
                        assertThat(e.status()).isEqualTo(CaseStatus.SUBMITTED);
                    });
            assertThat(c.history()).hasSize(1);
        }

        @Test
        void noNoticeAfterAcceptance() {
            Case c = accepted(HandlingCategory.PROMISED);
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清")),
                    "新情况", CLERK, T2, "n")).isInstanceOfSatisfying(ActionNotAllowed.class,
                            e -> assertThat(e.action()).isEqualTo(CaseAction.SUPPLEMENT_REQUEST));
            assertThat(c.notices()).isEmpty();
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        }

        @Test
        void aNoticeListsAtLeastOneItemEachWithACodeOnceAndANameWhenOffTheChecklist() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            assertThatThrownBy(() -> c.requestSupplement(List.of(), null, CLERK, T1, "n"))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("items"));
            assertThatThrownBy(() -> c.requestSupplement(null, null, CLERK, T1, "n"))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("items"));
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem(" ", "x", "y")), null, CLERK, T1,
                    "n")).isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("items[0].code"));
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("PLAN", null, "a"),
                    new RequestedItem("PLAN", null, "b")), null, CLERK, T1, "n"))
                    .isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("items[1].code"));
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("FIRE", " ", "场地面积超过标准")),
                    null, CLERK, T1, "n")).isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("items[0].name"));
            assertThat(c.notices()).isEmpty();
            assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        }

        @Test
        void aFurtherNoticeMayListItemsOutsideTheChecklistAndTheyCanBeSupplied() {
            Case c = waiting();
            c.supplyMaterials(List.of("ID", "PLAN"), CLERK, T1);
            c.requestSupplement(List.of(new RequestedItem("FIRE", "消防意见书", "场地面积超过标准")), "现场核查发现", CLERK,
                    T1, "n2");
            assertThat(c.outstanding()).containsExactly("FIRE");
            List<CaseEvent> events = c.supplyMaterials(List.of("FIRE"), CLERK, T2);
            assertThat(events).singleElement().isInstanceOfSatisfying(MaterialsSupplied.class,
                    e -> assertThat(e.complete()).isTrue());
            assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        }

        @Test
        void supplyingNothingIsRefused() {
            Case c = waiting();
            assertThatThrownBy(() -> c.supplyMaterials(List.of(), CLERK, T1))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("items"));
            assertThatThrownBy(() -> c.supplyMaterials(null, CLERK, T1))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("items"));
            assertThat(c.outstanding()).containsExactly("ID", "PLAN");
        }
    }

    @Nested
    class DeemedAcceptance {

        @Test
        void withoutANoticeTheCaseCountsAsAcceptedOnTheDayOfReceipt() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            List<CaseEvent> events = c.acceptAsDeemed(T2);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseAccepted.class, e -> {
                assertThat(e.deemed()).isTrue();
                assertThat(e.acceptedAt()).isEqualTo(T0);
            });
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.acceptedAt()).isEqualTo(T0);
            assertThat(c.deemedAccepted()).isTrue();
            assertThat(c.history().getLast().actorSubject()).isEqualTo(Actor.DEADLINE_SERVICE.subject());
            assertThat(c.history().getLast().action()).isEqualTo("deemed-acceptance");
            assertThat(c.history().getLast().at()).isEqualTo(T0);
        }

        @Test
        void aFormalAcceptanceIsNotDeemed() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            List<CaseEvent> events = c.accept(CLERK, T1);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseAccepted.class, e -> {
                assertThat(e.deemed()).isFalse();
                assertThat(e.acceptedAt()).isEqualTo(T1);
            });
            assertThat(c.deemedAccepted()).isFalse();
            assertThat(c.history().getLast()).satisfies(h -> {
                assertThat(h.action()).isEqualTo("acceptance");
                assertThat(h.at()).isEqualTo(T1);
                assertThat(h.actorSubject()).isEqualTo("clerk-1");
            });
        }

        private final SupplementNoticePeriod period = SupplementNoticePeriod.of(T0, BuiltInSchedules.cn(2026),
                ZoneId.of("Asia/Shanghai"));

        @Test
        void aDeadlineStepIsWrittenIntoTheHistoryWithoutChangingTheCase() {
            Case c = accepted(HandlingCategory.PROMISED);
            int steps = c.history().size();
            c.recordDeadlineStep("extension-request", T2, "clerk-1", "5 working days asked for: 专家论证");
            c.recordDeadlineStep("deadline-breach", T2.plusSeconds(60), null, "APPLICANT deadline 2026-03-16 passed");
            assertThat(c.history()).hasSize(steps + 2);
            assertThat(c.history().get(steps)).satisfies(h -> {
                assertThat(h.action()).isEqualTo("extension-request");
                assertThat(h.actorSubject()).isEqualTo("clerk-1");
                assertThat(h.at()).isEqualTo(T2);
                assertThat(h.fromStatus()).isEqualTo(CaseStatus.ACCEPTED);
                assertThat(h.toStatus()).isEqualTo(CaseStatus.ACCEPTED);
                assertThat(h.reason()).contains("专家论证");
            });
            assertThat(c.history().getLast().actorSubject()).isEqualTo(Actor.DEADLINE_SERVICE.subject());
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.category()).isEqualTo(HandlingCategory.PROMISED);
        }

        @Test
        void caseServiceJudgesTheLapseFromTheDatesAlone() {
            // received Monday 2026-03-02; the 5th working day after it is Monday 2026-03-09
            assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 3, 9));
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            assertThat(c.settleNoticePeriod(period, period.lapsesAt().minusSeconds(1))).isEmpty();
            assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);

            List<CaseEvent> events = c.settleNoticePeriod(period, period.lapsesAt());
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseAccepted.class, e -> {
                assertThat(e.deemed()).isTrue();
                assertThat(e.acceptedAt()).isEqualTo(T0);
            });
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.history().getLast().actorSubject()).isEqualTo(Actor.HALL_RULES.subject());
            assertThat(c.history().getLast().reason()).contains("2026-03-09").contains("art. 32");
            assertThat(c.settleNoticePeriod(period, period.lapsesAt().plusSeconds(86_400))).isEmpty();
            assertThat(c.acceptAsDeemed(period.lapsesAt())).as("the later report of deadline-service").isEmpty();
        }

        @Test
        void aNoticeAfterTheLapseIsRefusedAndNothingChanges() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            c.settleNoticePeriod(period, period.lapsesAt());
            int steps = c.history().size();
            assertThatThrownBy(() -> c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清")), null,
                    CLERK, period.lapsesAt(), "n-late"))
                    .isInstanceOfSatisfying(LateSupplementNotice.class, e -> {
                        assertThat(e.field()).isEqualTo("noticePeriod");
                        assertThat(e.getMessage()).contains("art. 32");
                    });
            assertThat(c.notices()).isEmpty();
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.history()).hasSize(steps);
            assertThatThrownBy(() -> c.accept(CLERK, period.lapsesAt()))
                    .isInstanceOfSatisfying(ActionNotAllowed.class,
                            e -> assertThat(e.getMessage()).contains("art. 32"));
        }

        @Test
        void aNoticeWithinThePeriodKeepsTheCaseWaitingForSupplements() {
            Case c = submit(HandlingCategory.PROMISED, Matters.ALL).theCase();
            Instant lastMoment = period.lapsesAt().minusSeconds(1);
            assertThat(c.settleNoticePeriod(period, lastMoment)).isEmpty();
            c.requestSupplement(List.of(new RequestedItem("PLAN", null, "比例尺不清")), null, CLERK, lastMoment, "n-ok");
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
            assertThat(c.settleNoticePeriod(period, period.lapsesAt())).isEmpty();
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        }

        @Test
        void afterANoticeOrAcceptanceTheLapseChangesNothing() {
            Case noticed = submit(HandlingCategory.PROMISED, List.of("FORM", "LICENSE")).theCase();
            noticed.supplyMaterials(List.of("ID", "PLAN"), CLERK, T1);
            assertThat(noticed.acceptAsDeemed(T2)).isEmpty();
            assertThat(noticed.status()).isEqualTo(CaseStatus.SUBMITTED);

            Case accepted = accepted(HandlingCategory.PROMISED);
            int steps = accepted.history().size();
            assertThat(accepted.acceptAsDeemed(T2)).isEmpty();
            assertThat(accepted.acceptedAt()).isEqualTo(T1);
            assertThat(accepted.history()).hasSize(steps);
        }
    }

    @Nested
    class Immediate {

        @Test
        void completesWithAResultAndCannotBeSuspended() {
            Case c = accepted(HandlingCategory.IMMEDIATE);
            assertThat(c.allowedActions()).containsExactly(CaseAction.COMPLETION, CaseAction.RETURN);
            assertThatThrownBy(() -> c.suspend(SuspensionReason.TESTING, null, CLERK, T2, "s"))
                    .isInstanceOf(ActionNotAllowed.class);
            assertThatThrownBy(() -> c.complete(" ", CLERK, T2)).isInstanceOf(CaseRuleViolation.class);
            List<CaseEvent> events = c.complete("准予登记", CLERK, T2);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseCompleted.class, e -> {
                assertThat(e.category()).isEqualTo(HandlingCategory.IMMEDIATE);
                assertThat(e.callbackConsent()).isTrue();
            });
            assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
            assertThat(c.allowedActions()).isEmpty();
        }
    }

    @Nested
    class Promised {

        @Test
        void suspensionPausesAndItsEndResumes() {
            Case c = accepted(HandlingCategory.PROMISED);
            List<CaseEvent> s = c.suspend(SuspensionReason.EXPERT_REVIEW, "专家评审", CLERK, T2, "s-1");
            assertThat(s).singleElement().isInstanceOf(CaseSuspended.class);
            assertThat(c.status()).isEqualTo(CaseStatus.SUSPENDED);
            assertThat(c.allowedActions()).containsExactly(CaseAction.SUSPENSION_END);
            assertThatThrownBy(() -> c.complete("x", CLERK, T2)).isInstanceOf(ActionNotAllowed.class);
            assertThatThrownBy(() -> c.endSuspension("s-9", null, CLERK, T2)).isInstanceOf(CaseRuleViolation.class);
            List<CaseEvent> r = c.endSuspension("s-1", "评审结束", CLERK, T2.plusSeconds(60));
            assertThat(r).singleElement().isInstanceOf(CaseResumed.class);
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.suspensions()).singleElement().satisfies(x -> assertThat(x.open()).isFalse());
            assertThat(c.history()).extracting(HistoryEntry::reason).endsWith("EXPERT_REVIEW: 专家评审", "评审结束");
            c.complete("准予许可", CLERK, T2.plusSeconds(120));
            assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
            assertThat(c.completedAt()).isEqualTo(T2.plusSeconds(120));
            assertThat(c.result()).isEqualTo("准予许可");
        }

        @Test
        void suspensionWithoutNoteNamesItsReasonInTheHistory() {
            Case c = accepted(HandlingCategory.PROMISED);
            c.suspend(SuspensionReason.TESTING, null, CLERK, T2, "s-1");
            c.endSuspension("s-1", " ", CLERK, T2.plusSeconds(60));
            assertThat(c.history()).extracting(HistoryEntry::reason).endsWith("TESTING", "TESTING ended");
        }

        @Test
        void onlyASuspendedCaseCanBeResumed() {
            Case c = accepted(HandlingCategory.PROMISED);
            c.suspend(SuspensionReason.TESTING, null, CLERK, T2, "s-1");
            c.endSuspension("s-1", null, CLERK, T2);
            assertThatThrownBy(() -> c.endSuspension("s-1", null, CLERK, T2))
                    .isInstanceOfSatisfying(ActionNotAllowed.class, e -> {
                        assertThat(e.action()).isEqualTo(CaseAction.SUSPENSION_END);
                        assertThat(e.status()).isEqualTo(CaseStatus.ACCEPTED);
                    });
        }

        @Test
        void returnNeedsReasonAndPolicyBasisAndNothingChangesWithout() {
            Case c = accepted(HandlingCategory.PROMISED);
            assertThatThrownBy(() -> c.returnCase(" ", "basis", CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThatThrownBy(() -> c.returnCase("不符合规划", null, CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("policyBasis"));
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            c.returnCase("现场勘查不具备条件", "《城乡规划法》第四十条", CLERK, T2);
            assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
            assertThat(c.returnReason()).isEqualTo("现场勘查不具备条件");
        }

        @Test
        void closedCasesAllowNothing() {
            Case c = accepted(HandlingCategory.PROMISED);
            c.complete("done", CLERK, T2);
            assertThatThrownBy(() -> c.returnCase("r", "b", CLERK, T2)).isInstanceOfSatisfying(ActionNotAllowed.class,
                    e -> {
                        assertThat(e.status()).isEqualTo(CaseStatus.COMPLETED);
                        assertThat(e.allowed()).isEmpty();
                    });
            assertThatThrownBy(() -> c.accept(CLERK, T2)).isInstanceOf(ActionNotAllowed.class);
        }

        @Test
        void aSuspensionNeedsAReason() {
            Case c = accepted(HandlingCategory.PROMISED);
            assertThatThrownBy(() -> c.suspend(null, "x", CLERK, T2, "s-1"))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.suspensions()).isEmpty();
        }

        @Test
        void anEndedSuspensionCannotBeEndedAgainWhileAnotherRuns() {
            Case c = accepted(HandlingCategory.PROMISED);
            c.suspend(SuspensionReason.TESTING, null, CLERK, T2, "s-1");
            c.endSuspension("s-1", null, CLERK, T2);
            c.suspend(SuspensionReason.APPRAISAL, null, CLERK, T2, "s-2");
            assertThatThrownBy(() -> c.endSuspension("s-1", null, CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("suspensionId"));
            assertThat(c.status()).isEqualTo(CaseStatus.SUSPENDED);
            assertThat(c.suspensions()).extracting(Suspension::open).containsExactly(false, true);
        }
    }

    @Nested
    class Joint {

        @Test
        void acceptanceOpensOnePendingPartPerDepartmentAndCarriesTheirLimits() {
            Case c = submit(HandlingCategory.JOINT, Matters.ALL).theCase();
            List<CaseEvent> events = c.accept(CLERK, T1);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseAccepted.class, e ->
                    assertThat(e.jointParts()).extracting(p -> p.departmentCode() + ":" + p.lead() + ":"
                            + p.internalLimitDays()).containsExactly("D1:true:20", "D2:false:15"));
            assertThat(c.jointParts()).extracting(JointPart::departmentCode).containsExactly("D1", "D2");
            assertThat(c.jointParts()).allSatisfy(p -> assertThat(p.decision()).isEqualTo(JointPart.Decision.PENDING));
            assertThat(c.allowedActions()).containsExactly(CaseAction.JOINT_PART_DECISION, CaseAction.SUSPENSION,
                    CaseAction.RETURN);
        }

        @Test
        void completesOnlyWhenEveryDepartmentApproved() {
            Case c = accepted(HandlingCategory.JOINT);
            assertThatThrownBy(() -> c.complete("x", CLERK, T2)).isInstanceOf(ActionNotAllowed.class);
            List<CaseEvent> first = c.decideJointPart("D2", true, null, OFFICER, T2);
            assertThat(first).singleElement().isInstanceOf(JointPartDecided.class);
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(c.history().getLast().reason()).isEqualTo("D2 approved");
            assertThat(c.jointParts()).extracting(JointPart::decision)
                    .containsExactly(JointPart.Decision.PENDING, JointPart.Decision.APPROVED);
            List<CaseEvent> last = c.decideJointPart("D1", true, null, OFFICER, T2);
            assertThat(last).hasSize(2);
            assertThat(last.get(1)).isInstanceOf(CaseCompleted.class);
            assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
        }

        @Test
        void oneRefusalReturnsTheCaseWithThatDepartmentsReason() {
            Case c = accepted(HandlingCategory.JOINT);
            c.decideJointPart("D1", true, null, OFFICER, T2);
            assertThatThrownBy(() -> c.decideJointPart("D2", false, "", OFFICER, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
            List<CaseEvent> events = c.decideJointPart("D2", false, "消防验收不合格", OFFICER, T2);
            assertThat(events.get(1)).isInstanceOfSatisfying(CaseReturned.class, e -> {
                assertThat(e.reason()).isEqualTo("消防验收不合格");
                assertThat(e.departmentCode()).isEqualTo("D2");
            });
            assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
            assertThat(c.history()).extracting(HistoryEntry::reason).contains("D2 refused: 消防验收不合格");
        }

        @Test
        void aPartIsDecidedOnceAndOnlyByParticipatingDepartments() {
            Case c = accepted(HandlingCategory.JOINT);
            c.decideJointPart("D2", true, null, OFFICER, T2);
            assertThatThrownBy(() -> c.decideJointPart("D2", false, "x", OFFICER, T2))
                    .isInstanceOf(ActionNotAllowed.class);
            assertThatThrownBy(() -> c.decideJointPart("D9", true, null, OFFICER, T2))
                    .isInstanceOf(CaseRuleViolation.class);
        }

        @Test
        void decisionsWaitWhileSuspended() {
            Case c = accepted(HandlingCategory.JOINT);
            c.suspend(SuspensionReason.HEARING, "听证", CLERK, T2, "s-1");
            assertThatThrownBy(() -> c.decideJointPart("D2", true, null, OFFICER, T2))
                    .isInstanceOf(ActionNotAllowed.class);
        }

        @Test
        void aRefusedPartIsRecordedAsRefusedWithTheReason() {
            Case c = accepted(HandlingCategory.JOINT);
            c.decideJointPart("D2", false, "不符合消防要求", OFFICER, T2);
            assertThat(c.jointParts()).filteredOn(p -> p.departmentCode().equals("D2")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.decision()).isEqualTo(JointPart.Decision.REFUSED);
                        assertThat(p.reason()).isEqualTo("不符合消防要求");
                        assertThat(p.decidedBy()).isEqualTo("officer-2");
                    });
        }
    }

    @Nested
    class Reported {

        @Test
        void sentUpThenApprovedReplyAllowsCompletion() {
            Case c = accepted(HandlingCategory.REPORTED);
            assertThat(c.allowedActions()).containsExactly(CaseAction.REPORT, CaseAction.SUSPENSION,
                    CaseAction.RETURN);
            assertThatThrownBy(() -> c.complete("x", CLERK, T2)).isInstanceOf(ActionNotAllowed.class);
            assertThatThrownBy(() -> c.report(" ", null, CLERK, T2)).isInstanceOf(CaseRuleViolation.class);
            assertThatThrownBy(() -> c.report("市发改委", T2.plusSeconds(86400), CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("reportedAt"));
            List<CaseEvent> sent = c.report("市发改委", T2, CLERK, T2);
            assertThat(sent).singleElement().isInstanceOfSatisfying(CaseReported.class,
                    e -> assertThat(e.authority()).isEqualTo("市发改委"));
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_AUTHORITY);
            assertThat(c.report()).isEqualTo(new AuthorityReport("市发改委", T2, "clerk-1", null, null, null));
            assertThat(c.report().answered()).isFalse();
            assertThat(c.allowedActions()).containsExactly(CaseAction.AUTHORITY_REPLY);
            List<CaseEvent> reply = c.recordAuthorityReply(true, "同意", null, CLERK, T2);
            assertThat(reply).singleElement().isInstanceOf(AuthorityReplied.class);
            assertThat(c.report()).isEqualTo(new AuthorityReport("市发改委", T2, "clerk-1", true, "同意", T2));
            assertThat(c.report().answered()).isTrue();
            assertThat(c.history().getLast().reason()).isEqualTo("approved: 同意");
            assertThat(c.allowedActions()).containsExactly(CaseAction.SUSPENSION, CaseAction.COMPLETION,
                    CaseAction.RETURN);
            c.complete("已批准", CLERK, T2);
            assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
            assertThat(c.category()).isEqualTo(HandlingCategory.REPORTED);
        }

        @Test
        void refusedReplyReturnsTheCaseWithTheAuthoritysReason() {
            Case c = accepted(HandlingCategory.REPORTED);
            c.report("省厅", T2, CLERK, T2);
            List<CaseEvent> events = c.recordAuthorityReply(false, "不符合产业政策", T2, CLERK, T2);
            assertThat(events).hasSize(2);
            assertThat(events.get(1)).isInstanceOfSatisfying(CaseReturned.class,
                    e -> assertThat(e.reason()).isEqualTo("不符合产业政策"));
            assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
            assertThat(c.history()).extracting(HistoryEntry::reason).contains("refused: 不符合产业政策");
        }

        @Test
        void aCaseIsSentUpOnceAndOnlyWhenItIsAReportedCase() {
            Case promised = accepted(HandlingCategory.PROMISED);
            assertThatThrownBy(() -> promised.report("省厅", T2, CLERK, T2))
                    .isInstanceOfSatisfying(ActionNotAllowed.class,
                            e -> assertThat(e.action()).isEqualTo(CaseAction.REPORT));
            assertThat(promised.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(promised.report()).isNull();

            Case c = accepted(HandlingCategory.REPORTED);
            c.report("省厅", T2, CLERK, T2);
            c.recordAuthorityReply(true, "同意", T2, CLERK, T2);
            assertThatThrownBy(() -> c.report("国家部委", T2, CLERK, T2)).isInstanceOf(ActionNotAllowed.class);
            assertThat(c.report().authority()).isEqualTo("省厅");
        }

        @Test
        void aReplyCannotPrecedeTheReportNorLieInTheFuture() {
            Case c = accepted(HandlingCategory.REPORTED);
            c.report("省厅", T2, CLERK, T2);
            assertThatThrownBy(() -> c.recordAuthorityReply(true, "同意", T2.minusSeconds(1), CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("repliedAt"));
            assertThatThrownBy(() -> c.recordAuthorityReply(true, "同意", T2.plusSeconds(1), CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("repliedAt"));
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_AUTHORITY);
            assertThat(c.report().answered()).isFalse();
            c.recordAuthorityReply(true, "同意", T2, CLERK, T2);
            assertThat(c.report().repliedAt()).isEqualTo(T2);
        }

        @Test
        void aReplyIsRecordedOnlyWhileTheCaseAwaitsIt() {
            Case c = accepted(HandlingCategory.REPORTED);
            assertThatThrownBy(() -> c.recordAuthorityReply(true, "同意", T2, CLERK, T2))
                    .isInstanceOfSatisfying(ActionNotAllowed.class,
                            e -> assertThat(e.action()).isEqualTo(CaseAction.AUTHORITY_REPLY));
            c.report("省厅", T2, CLERK, T2);
            c.recordAuthorityReply(true, "同意", T2, CLERK, T2);
            assertThatThrownBy(() -> c.recordAuthorityReply(false, "撤回批准", T2, CLERK, T2))
                    .isInstanceOf(ActionNotAllowed.class);
            assertThat(c.report().approved()).isTrue();
            assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        }

        @Test
        void aReportNeedsTheAuthorityAndATimeBetweenAcceptanceAndNow() {
            Case c = accepted(HandlingCategory.REPORTED);
            assertThatThrownBy(() -> c.report("省厅", T1.minusSeconds(1), CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("reportedAt"));
            assertThat(c.report()).isNull();
            c.report("省厅", null, CLERK, T2);
            assertThat(c.report().reportedAt()).as("sent now when no time is given").isEqualTo(T2);
            assertThatThrownBy(() -> c.recordAuthorityReply(true, " ", T2, CLERK, T2))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reply"));
            assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_AUTHORITY);
        }
    }

    @Test
    void actionsAreNamedByTheirEndpointPathAndOnlyCompletedAndReturnedAreClosed() {
        assertThat(CaseAction.ACCEPTANCE.path()).isEqualTo("acceptance");
        assertThat(CaseAction.SUSPENSION_END.path()).isEqualTo("suspensions/{id}/end");
        assertThat(CaseAction.JOINT_PART_DECISION.path()).isEqualTo("joint-parts/{departmentCode}/decisions");
        assertThat(java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::closed))
                .containsExactly(CaseStatus.COMPLETED, CaseStatus.RETURNED);
    }

    @Test
    void snapshotRestoresTheSameCase() {
        Case c = accepted(HandlingCategory.JOINT);
        c.decideJointPart("D2", true, null, OFFICER, T2);
        Case back = Case.restore(c.snapshot());
        assertThat(back.snapshot()).isEqualTo(c.snapshot());
        assertThat(back.allowedActions()).isEqualTo(c.allowedActions());
        CaseSnapshot s = c.snapshot();
        CaseSnapshot stored = new CaseSnapshot(s.id(), s.matter(), s.windowCode(), s.applicant(), s.receivedAt(),
                s.status(), s.category(), s.handedIn(), s.outstanding(), s.suppliedSinceNotice(), s.notices(),
                s.suspensions(), s.jointParts(), s.report(), s.acceptedAt(), s.deemedAccepted(), s.completedAt(),
                s.result(), s.returnedAt(), s.returnReason(), s.returnPolicyBasis(), s.history(), 7);
        assertThat(Case.restore(stored).version()).as("the stored version guards against lost updates").isEqualTo(7);
    }
}
