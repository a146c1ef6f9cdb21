package hall.caseservice.api;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseReported;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseSuspended;
import hall.cases.events.CaseTopics;
import hall.cases.events.AuthorityReplied;
import hall.cases.events.JointPartDecided;
import hall.cases.events.MaterialsSupplied;
import hall.cases.events.NotificationRequested;
import hall.cases.events.SupplementRequested;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineSuspended;
import hall.deadlines.events.SupplementNoticePeriodLapsed;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineWarning;
import hall.deadlines.events.ExtensionDecided;
import hall.deadlines.events.ExtensionRequested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every category through the API: answer, stored history and the published event. */
class CaseLifecycleApiTest extends ApiTestBase {

    static final List<String> ALL_PRO = List.of("FORM", "LICENSE", "ID", "PLAN", "RULES");
    static final List<String> ALL_JNT = List.of("FORM", "LAND", "DRAWINGS", "FIRE-DESIGN");

    @Test
    void promisedCaseIsAcceptedSuspendedResumedAndCompleted() throws Exception {
        Answer created = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL_PRO, "王小明",
                "13812345678"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("category").asString()).isEqualTo("PROMISED");
        assertThat(created.json().get("status").asString()).isEqualTo("SUBMITTED");
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/cases/" + id);
        var submitted = events().await(CaseTopics.CASE_EVENTS, id, CaseSubmitted.TYPE);
        assertThat(submitted.data().get("missingItems").size()).isZero();
        assertThat(submitted.source()).isEqualTo("/case-service");
        assertThat(submitted.data().toString()).doesNotContain("13812345678").doesNotContain("11010519491231002X");

        Answer accepted = post("/api/cases/" + id + "/acceptance", CLERK_W1, "");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        var acc = events().await(CaseTopics.CASE_EVENTS, id, CaseAccepted.TYPE).data();
        assertThat(acc.get("matterCode").asString()).isEqualTo("MKT-PRO-001");
        assertThat(acc.get("promisedLimitDays").asInt()).isEqualTo(10);
        assertThat(acc.get("statutoryLimitDays").asInt()).isEqualTo(20);
        assertThat(acc.get("windowCode").asString()).isEqualTo("W-MKT-01");
        assertThat(acc.get("departmentCode").asString()).isEqualTo("D-MKT");
        assertThat(acc.get("contactRef").asString()).isEqualTo("case:" + id);
        assertThat(acc.get("callbackConsent").asBoolean()).isTrue();
        assertThat(acc.get("deemed").asBoolean()).isFalse();
        var note = events().await(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE,
                e -> e.data().get("template").asString().equals("case.accepted")).data();
        assertThat(note.get("text").asString()).contains("已于").contains("受理").contains("食品经营许可");
        assertThat(note.get("recipientRef").asString()).isEqualTo("case:" + id);

        Answer suspended = post("/api/cases/" + id + "/suspensions", CLERK_W1,
                "{\"reason\":\"INSPECTION\",\"note\":\"现场核查\"}");
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        String suspensionId = suspended.json().get("suspensions").get(0).get("id").asString();
        assertThat(events().await(CaseTopics.CASE_EVENTS, id, CaseSuspended.TYPE).data().get("reason").asString())
                .isEqualTo("INSPECTION");
        Answer resumed = post("/api/cases/" + id + "/suspensions/" + suspensionId + "/end", CLERK_W1, "{}");
        assertThat(resumed.json().get("status").asString()).isEqualTo("ACCEPTED");
        events().await(CaseTopics.CASE_EVENTS, id, CaseResumed.TYPE);

        Answer done = post("/api/cases/" + id + "/completion", CLERK_W1, "{\"result\":\"准予许可\"}");
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().get("allowedActions").size()).isZero();
        var completed = events().await(CaseTopics.CASE_EVENTS, id, CaseCompleted.TYPE).data();
        assertThat(completed.get("result").asString()).isEqualTo("准予许可");
        events().await(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE,
                e -> e.data().get("template").asString().equals("case.completed"));

        assertThat(history(id)).extracting(h -> h.get("action") + ":" + h.get("from_status") + "->" + h.get("to_status"))
                .containsExactly("submission:null->SUBMITTED", "acceptance:SUBMITTED->ACCEPTED",
                        "suspension:ACCEPTED->SUSPENDED", "suspension-end:SUSPENDED->ACCEPTED",
                        "completion:ACCEPTED->COMPLETED");
        assertThat(history(id)).allSatisfy(h -> assertThat(h.get("actor_subject")).isEqualTo("clerk-w1"));
        // one event per transition
        assertThat(events().all(CaseTopics.CASE_EVENTS, id)).hasSize(5);

        JsonNode view = get("/api/cases/" + id, CLERK_W1).json();
        assertThat(view.get("history").size()).isEqualTo(5);
        assertThat(view.get("history").get(1).get("actorSubject").asString()).isEqualTo("clerk-w1");
        assertThat(view.get("applicant").get("phone").asString()).isEqualTo("138****5678");
    }

    @Test
    void actionNotAllowedInTheStateAnswers409NamingStateAndAllowedActionsAndChangesNothing() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        Answer refused = post("/api/cases/" + id + "/completion", CLERK_W1, "{\"result\":\"x\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://hall.example/problems/invalid-state");
        assertThat(refused.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(refused.json().get("allowedActions").toString())
                .isEqualTo("[\"acceptance\",\"supplement-requests\",\"returns\"]");
        assertThat(history(id)).hasSize(1);
        assertThat(get("/api/cases/" + id, CLERK_W1).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void missingSupportingMaterialsGiveTheOneTimeNoticeInTheAnswerThenSupplyAndAccept() throws Exception {
        Answer created = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01",
                List.of("FORM", "LICENSE"), "李四", "010-12345678"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode c = created.json();
        String id = c.get("id").asString();
        assertThat(c.get("category").asString()).isEqualTo("SUPPLEMENT");
        assertThat(c.get("status").asString()).isEqualTo("AWAITING_SUPPLEMENT");
        JsonNode items = c.get("supplementNotice").get("items");
        assertThat(items.size()).isEqualTo(3);
        assertThat(items.get(0).get("code").asString()).isEqualTo("ID");
        assertThat(items.get(0).get("reason").asString()).isEqualTo("核验法定代表人身份");
        var submitted = events().await(CaseTopics.CASE_EVENTS, id, CaseSubmitted.TYPE).data();
        assertThat(submitted.get("missingItems").size()).isEqualTo(3);
        var requested = events().await(CaseTopics.CASE_EVENTS, id, SupplementRequested.TYPE).data();
        assertThat(requested.get("items").size()).isEqualTo(3);
        var note = events().await(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE).data();
        assertThat(note.get("template").asString()).isEqualTo("case.supplement-notice");
        assertThat(note.get("text").asString()).contains("一次性补齐").contains("经营场所平面布局图")
                .contains("审查食品安全管理制度是否健全");

        // the applicant supplies part, then the rest, on their own account
        Answer part = post("/api/cases/" + id + "/materials", APPLICANT_A, "{\"items\":[\"ID\"]}");
        assertThat(part.status()).isEqualTo(200);
        assertThat(part.json().get("status").asString()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(post("/api/cases/" + id + "/materials", APPLICANT_B, "{\"items\":[\"PLAN\"]}").status())
                .isEqualTo(403);
        Answer rest = post("/api/cases/" + id + "/materials", APPLICANT_A, "{\"items\":[\"PLAN\",\"RULES\"]}");
        assertThat(rest.json().get("status").asString()).isEqualTo("SUBMITTED");
        var complete = events().await(CaseTopics.CASE_EVENTS, id, MaterialsSupplied.TYPE,
                e -> e.data().get("complete").asBoolean()).data();
        // deadline-service starts the acceptance clock of the window and department from this event alone
        assertThat(complete.get("windowCode").asString()).isEqualTo("W-MKT-01");
        assertThat(complete.get("departmentCode").asString()).isEqualTo("D-MKT");
        assertThat(complete.get("matterCode").asString()).isEqualTo("MKT-PRO-001");
        Answer accepted = post("/api/cases/" + id + "/acceptance", CLERK_W1, "");
        assertThat(accepted.json().get("category").asString()).isEqualTo("PROMISED");
        assertThat(history(id)).extracting(h -> h.get("to_category"))
                .containsExactly("PROMISED", "SUPPLEMENT", "SUPPLEMENT", "SUPPLEMENT", "PROMISED");
    }

    @Test
    void missingMainMaterialReturnsTheCaseAtOnceWithAWrittenReason() throws Exception {
        Answer created = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01",
                List.of("FORM", "ID", "PLAN", "RULES"), "赵六", "13900001111"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(created.json().get("category").asString()).isEqualTo("RETURNED");
        assertThat(created.json().get("returnReason").asString()).contains("营业执照复印件");
        var returned = events().await(CaseTopics.CASE_EVENTS, id, CaseReturned.TYPE).data();
        assertThat(returned.get("policyBasis").asString()).contains("六件办理制度");
        var note = events().await(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE).data();
        assertThat(note.get("text").asString()).contains("已退回").contains("营业执照复印件");
        assertThat(history(id)).extracting(h -> h.get("to_status")).containsExactly("SUBMITTED", "RETURNED");
    }

    @Test
    void immediateCaseCompletesTheSameDay() throws Exception {
        String id = submit("MKT-IMM-001", "W-MKT-02", List.of("FORM", "LICENSE", "ID"), ADMIN);
        Answer accepted = post("/api/cases/" + id + "/acceptance", ADMIN, "");
        assertThat(accepted.json().get("allowedActions").toString()).isEqualTo("[\"completion\",\"returns\"]");
        Answer suspended = post("/api/cases/" + id + "/suspensions", ADMIN, "{\"reason\":\"TESTING\"}");
        assertThat(suspended.status()).isEqualTo(409);
        Answer done = post("/api/cases/" + id + "/completion", ADMIN, "{\"result\":\"已变更\"}");
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(events().await(CaseTopics.CASE_EVENTS, id, CaseCompleted.TYPE).data().get("category").asString())
                .isEqualTo("IMMEDIATE");
    }

    @Test
    void jointCaseCompletesOnlyWhenEveryDepartmentApproved() throws Exception {
        String id = submit("CON-JNT-001", "W-CON-01", ALL_JNT, CLERK_CON);
        Answer accepted = post("/api/cases/" + id + "/acceptance", CLERK_CON, "");
        assertThat(accepted.json().get("jointParts").size()).isEqualTo(2);
        var acc = events().await(CaseTopics.CASE_EVENTS, id, CaseAccepted.TYPE).data();
        assertThat(acc.get("jointParts").toString()).contains("D-FIRE").contains("\"internalLimitDays\":15");

        // an officer of another department may not decide the fire part; a clerk neither
        assertThat(post("/api/cases/" + id + "/joint-parts/D-FIRE/decisions", OFFICER_CON,
                "{\"approved\":true}").status()).isEqualTo(403);
        assertThat(post("/api/cases/" + id + "/joint-parts/D-FIRE/decisions", CLERK_CON,
                "{\"approved\":true}").status()).isEqualTo(403);
        assertThat(post("/api/cases/" + id + "/completion", CLERK_CON, "{\"result\":\"x\"}").status())
                .isEqualTo(409);

        Answer first = post("/api/cases/" + id + "/joint-parts/D-FIRE/decisions", OFFICER_FIRE,
                "{\"approved\":true}");
        assertThat(first.json().get("status").asString()).isEqualTo("ACCEPTED");
        events().await(CaseTopics.CASE_EVENTS, id, JointPartDecided.TYPE);
        Answer last = post("/api/cases/" + id + "/joint-parts/D-CON/decisions", OFFICER_CON, "{\"approved\":true}");
        assertThat(last.json().get("status").asString()).isEqualTo("COMPLETED");
        events().await(CaseTopics.CASE_EVENTS, id, CaseCompleted.TYPE);
        assertThat(history(id)).extracting(h -> h.get("action")).containsExactly("submission", "acceptance",
                "joint-part-decision", "joint-part-decision", "completion");
        // the fire officer may read the case of their joint part
        assertThat(get("/api/cases/" + id, OFFICER_FIRE).status()).isEqualTo(200);
    }

    @Test
    void oneRefusalReturnsTheJointCaseWithThatDepartmentsReason() throws Exception {
        String id = submit("CON-JNT-001", "W-CON-01", ALL_JNT, CLERK_CON);
        post("/api/cases/" + id + "/acceptance", CLERK_CON, "");
        post("/api/cases/" + id + "/joint-parts/D-CON/decisions", OFFICER_CON, "{\"approved\":true}");
        Answer noReason = post("/api/cases/" + id + "/joint-parts/D-FIRE/decisions", OFFICER_FIRE,
                "{\"approved\":false}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Answer refused = post("/api/cases/" + id + "/joint-parts/D-FIRE/decisions", OFFICER_FIRE,
                "{\"approved\":false,\"reason\":\"消防设计不符合规范\"}");
        assertThat(refused.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(refused.json().get("returnReason").asString()).isEqualTo("消防设计不符合规范");
        var returned = events().await(CaseTopics.CASE_EVENTS, id, CaseReturned.TYPE).data();
        assertThat(returned.get("reason").asString()).isEqualTo("消防设计不符合规范");
        assertThat(returned.get("departmentCode").asString()).isEqualTo("D-FIRE");
    }

    @Test
    void reportedCaseIsSentUpAndCompletedAfterTheAuthorityApproved() throws Exception {
        String id = submit("CON-REP-001", "W-CON-01", List.of("FORM", "SITE-PLAN"), CLERK_CON);
        post("/api/cases/" + id + "/acceptance", CLERK_CON, "");
        Answer sent = post("/api/cases/" + id + "/reports", CLERK_CON, "{\"authority\":\"市自然资源和规划局\"}");
        assertThat(sent.json().get("status").asString()).isEqualTo("AWAITING_AUTHORITY");
        assertThat(events().await(CaseTopics.CASE_EVENTS, id, CaseReported.TYPE).data().get("authority").asString())
                .isEqualTo("市自然资源和规划局");
        Answer replied = post("/api/cases/" + id + "/authority-replies", CLERK_CON,
                "{\"approved\":true,\"reply\":\"同意选址\"}");
        assertThat(replied.json().get("allowedActions").toString()).contains("completion");
        events().await(CaseTopics.CASE_EVENTS, id, AuthorityReplied.TYPE);
        Answer done = post("/api/cases/" + id + "/completion", CLERK_CON, "{\"result\":\"核发选址意见书\"}");
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().get("report").get("reply").asString()).isEqualTo("同意选址");
    }

    @Test
    void returnNeedsReasonAndPolicyBasis() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        Answer noReason = post("/api/cases/" + id + "/returns", CLERK_W1, "{\"policyBasis\":\"《食品安全法》\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(history(id)).hasSize(1);
        Answer ok = post("/api/cases/" + id + "/returns", CLERK_W1,
                "{\"reason\":\"经营场所位于居民楼内\",\"policyBasis\":\"《食品经营许可管理办法》第十一条\"}");
        assertThat(ok.json().get("status").asString()).isEqualTo("RETURNED");
        events().await(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE,
                e -> e.data().get("text").asString().contains("经营场所位于居民楼内"));
    }

    @Test
    void idempotencyKeyReturnsTheFirstAnswerInsteadOfASecondCase() throws Exception {
        long before = count("hall_case");
        String body = caseBody("MKT-PRO-001", "W-MKT-01", ALL_PRO, "钱七", "13700001234");
        Answer first = post("/api/cases", CLERK_W1, body, Map.of("Idempotency-Key", "k-123"));
        Answer second = post("/api/cases", CLERK_W1, body, Map.of("Idempotency-Key", "k-123"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("hall_case")).isEqualTo(before + 1);
        Answer reused = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL_PRO, "孙八",
                "13700001234"), Map.of("Idempotency-Key", "k-123"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(count("hall_case")).isEqualTo(before + 1);
    }

    @Test
    void supervisorMayImportACaseReceivedInThePastButAClerkMayNot() throws Exception {
        Instant past = Instant.parse("2025-03-14T02:30:00Z");
        String body = JSON.writeValueAsString(Map.of("applicant", Map.of("name", "周九", "phone", "13600001234",
                        "callbackConsent", false), "matterCode", "MKT-IMM-001", "windowCode", "W-MKT-02",
                "materials", List.of("FORM", "LICENSE", "ID"), "receivedAt", past.toString()));
        assertThat(post("/api/cases", CLERK_W1, body).status()).isEqualTo(403);
        Answer imported = post("/api/cases", SUPERVISOR, body);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(Instant.parse(imported.json().get("receivedAt").asString())).isEqualTo(past);
        assertThat(history(imported.json().get("id").asString()).getFirst().get("reason").toString())
                .contains("imported");
        JsonNode ledger = get("/api/ledgers/W-MKT-02/2025-03", SUPERVISOR).json();
        assertThat(ledger.get("cases").toString()).contains(imported.json().get("id").asString());
    }

    @Test
    void deadlineEventsShowTheDueDateAndALapsedNoticePeriodMeansAcceptedOnTheDayOfReceipt() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        Instant receivedAt = Instant.parse(get("/api/cases/" + id, CLERK_W1).json().get("receivedAt").asString());
        publishDeadlineEvent(id, SupplementNoticePeriodLapsed.TYPE, new SupplementNoticePeriodLapsed(id,
                LocalDate.now(), receivedAt, Instant.now()));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                get("/api/cases/" + id, CLERK_W1).json().get("status").asString().equals("ACCEPTED"));
        JsonNode view = get("/api/cases/" + id, CLERK_W1).json();
        assertThat(Instant.parse(view.get("acceptedAt").asString())).isEqualTo(receivedAt);
        assertThat(view.get("deemedAccepted").asBoolean()).isTrue();
        var acc = events().await(CaseTopics.CASE_EVENTS, id, CaseAccepted.TYPE).data();
        assertThat(acc.get("deemed").asBoolean()).isTrue();
        assertThat(Instant.parse(acc.get("acceptedAt").asString())).isEqualTo(receivedAt);
        events().await(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE,
                e -> e.data().get("template").asString().equals("case.accepted-deemed"));
        assertThat(history(id).getLast().get("actor_subject")).isEqualTo("system:deadline-service");

        Instant due = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        publishDeadlineEvent(id, DeadlineStarted.TYPE, new DeadlineStarted(id, "clock-" + id, ClockKind.APPLICANT,
                "D-MKT", "W-MKT-01", 10, due, false));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            JsonNode d = get("/api/cases/" + id, CLERK_W1).json().get("deadline");
            return d != null && !d.isNull() && Instant.parse(d.get("dueAt").asString()).equals(due);
        });
    }

    @Test
    void theCaseViewListsEveryNoticeSentToTheApplicant() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", List.of("FORM", "LICENSE", "ID", "RULES"), CLERK_W1);
        assertThat(post("/api/cases/" + id + "/materials", CLERK_W1, "{\"items\":[\"PLAN\"]}").status())
                .isEqualTo(200);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W1, "").status()).isEqualTo(200);
        publishEvent(CaseTopics.NOTIFICATION_REQUESTS, id, NotificationRequested.TYPE, new NotificationRequested(
                "ext-notice-" + id, "case:" + id, id, "extension-approved", "zh-CN",
                "您的申请延期5个工作日，原因：需组织专家论证，新的办结期限为2026年12月18日。", Map.of(),
                Instant.now().plusSeconds(1)));
        assertThat(post("/api/cases/" + id + "/completion", CLERK_W1, "{\"result\":\"准予许可\"}").status())
                .isEqualTo(200);

        await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                get("/api/cases/" + id, CLERK_W1).json().get("notices").size() == 4);
        JsonNode notices = get("/api/cases/" + id, CLERK_W1).json().get("notices");
        List<String> templates = new java.util.ArrayList<>();
        notices.forEach(n -> templates.add(n.get("template").asString()));
        assertThat(templates).containsExactlyInAnyOrder("case.supplement-notice", "case.accepted",
                "extension-approved", "case.completed");
        assertThat(notices.toString()).contains("需组织专家论证").contains("2026年12月18日");
    }

    @Test
    void theCaseHistoryShowsExtensionsWarningsAndBreachesOfItsDeadline() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W1, "").status()).isEqualTo(200);
        Instant due = Instant.parse("2026-12-11T15:59:59Z");
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        publishDeadlineEvent(id, ExtensionRequested.TYPE, new ExtensionRequested(id, "ext-1", 5, "需组织专家论证",
                "clerk-w1", due, at));
        publishDeadlineEvent(id, ExtensionDecided.TYPE, new ExtensionDecided(id, "ext-1", true, 5, "需组织专家论证",
                "同意", Instant.parse("2026-12-18T15:59:59Z"), at.plusSeconds(3600)));
        publishDeadlineEvent(id, ExtensionRequested.TYPE, new ExtensionRequested(id, "ext-2", 3, "补充检测",
                "clerk-w1", due, at.plusSeconds(7200)));
        publishDeadlineEvent(id, ExtensionDecided.TYPE, new ExtensionDecided(id, "ext-2", false, 3, "补充检测",
                "理由不足", null, at.plusSeconds(10800)));
        publishDeadlineEvent(id, DeadlineWarning.TYPE, new DeadlineWarning(id, "clock-" + id, ClockKind.APPLICANT,
                "W-MKT-01", Instant.parse("2026-12-18T15:59:59Z"), 1, Instant.parse("2026-12-17T16:00:00Z")));
        publishDeadlineEvent(id, DeadlineBreached.TYPE, new DeadlineBreached(id, "clock-" + id,
                ClockKind.APPLICANT, "W-MKT-01", "clerk-w1", Instant.parse("2026-12-18T15:59:59Z"), "acc-1",
                Instant.parse("2026-12-18T16:00:00Z")));

        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> history(id).size() >= 8);
        JsonNode history = get("/api/cases/" + id, CLERK_W1).json().get("history");
        List<String> actions = new java.util.ArrayList<>();
        history.forEach(h -> actions.add(h.get("action").asString()));
        assertThat(actions).containsSubsequence("acceptance", "extension-request", "extension-approval",
                "extension-request", "extension-refusal", "deadline-warning", "deadline-breach");
        String text = history.toString();
        assertThat(text).contains("需组织专家论证").contains("new due date 2026-12-18").contains("理由不足")
                .contains("acc-1");
        assertThat(get("/api/cases/" + id, CLERK_W1).json().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void deadlineStateFollowsTheSuspensionAndResumptionDeadlineServiceReports() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W1, "").status()).isEqualTo(200);
        String clockId = "clock-" + id;
        Instant due = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        publishDeadlineEvent(id, DeadlineStarted.TYPE, new DeadlineStarted(id, clockId, ClockKind.APPLICANT,
                "D-MKT", "W-MKT-01", 10, due, false));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "RUNNING".equals(deadlineState(id)));

        publishDeadlineEvent(id, DeadlineSuspended.TYPE, new DeadlineSuspended(id, clockId, ClockKind.APPLICANT,
                "TESTING", Instant.now()));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(deadlineState(id)));
        JsonNode suspended = get("/api/cases/" + id, CLERK_W1).json().get("deadline");
        assertThat(Instant.parse(suspended.get("dueAt").asString())).isEqualTo(due);
        // the case itself was not suspended: the state shown is the one deadline-service reported
        assertThat(get("/api/cases/" + id, CLERK_W1).json().get("status").asString()).isEqualTo("ACCEPTED");

        Instant later = due.plus(3, ChronoUnit.DAYS);
        publishDeadlineEvent(id, DeadlineChanged.TYPE, new DeadlineChanged(id, clockId, ClockKind.APPLICANT, due,
                later, "RESUMED", false));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "RUNNING".equals(deadlineState(id)));
        JsonNode resumed = get("/api/cases/" + id, CLERK_W1).json().get("deadline");
        assertThat(Instant.parse(resumed.get("dueAt").asString())).isEqualTo(later);
    }

    private String deadlineState(String caseId) throws Exception {
        JsonNode d = get("/api/cases/" + caseId, CLERK_W1).json().get("deadline");
        return d == null || d.isNull() ? null : d.get("state").asString();
    }

    @Test
    void clerksActOnlyOnTheirWindowAndApplicantsSeeOnlyTheirOwnCases() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        assertThat(post("/api/cases", CLERK_W2, caseBody("MKT-PRO-001", "W-MKT-01", ALL_PRO, "吴十",
                "13812345678")).status()).isEqualTo(403);
        assertThat(get("/api/cases/" + id, CLERK_W2).status()).isEqualTo(403);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W2, "").status()).isEqualTo(403);
        assertThat(get("/api/cases?window=W-MKT-01", CLERK_W2).status()).isEqualTo(403);
        assertThat(get("/api/cases/" + id, OFFICER_FIRE).status()).isEqualTo(403);
        assertThat(history(id)).hasSize(1);

        JsonNode own = get("/api/cases/" + id, APPLICANT_A).json();
        assertThat(own.get("applicant").get("phone").asString()).isEqualTo("13812345678");
        assertThat(get("/api/cases/" + id, APPLICANT_B).status()).isEqualTo(403);
        JsonNode listB = get("/api/cases", APPLICANT_B).json();
        assertThat(listB.get("total").asLong()).isZero();
        JsonNode listA = get("/api/cases?size=200", APPLICANT_A).json();
        assertThat(listA.get("items").toString()).contains(id);
    }

    @Test
    void contactDetailsAreForCallbackAgentsAndSupervisorsAndEveryReadIsAudited() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        assertThat(get("/api/cases/" + id + "/contact", CLERK_W1).status()).isEqualTo(403);
        assertThat(get("/api/cases/" + id + "/contact", APPLICANT_A).status()).isEqualTo(403);
        JsonNode masked = get("/api/cases/" + id, AGENT).json();
        assertThat(masked.get("applicant").get("phone").asString()).isEqualTo("138****5678");
        assertThat(masked.get("applicant").get("idNumber").asString()).isEqualTo("1101**********002X");
        Answer contact = get("/api/cases/" + id + "/contact", AGENT);
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("phone").asString()).isEqualTo("13812345678");
        assertThat(contact.json().get("idNumber").asString()).isEqualTo("11010519491231002X");
        assertThat(contact.json().get("callbackConsent").asBoolean()).isTrue();
        get("/api/cases/" + id + "/contact", SUPERVISOR);
        assertThat(jdbc.sql("select reader_subject from contact_read where subject_id = :id order by id")
                .param("id", id).query(String.class).list()).containsExactly("agent-1", "sup-1");
    }

    @Test
    void listFiltersAndPagesAndMasksPersonalData() throws Exception {
        String a = submit("FIRE-PRO-001", "W-FIRE-01", List.of("FORM", "FIRE-ACCEPT"), ADMIN);
        String b = submit("FIRE-PRO-001", "W-FIRE-01", List.of("FORM", "FIRE-ACCEPT"), ADMIN);
        String c = submit("FIRE-PRO-001", "W-FIRE-01", List.of("FORM"), ADMIN);
        post("/api/cases/" + a + "/acceptance", ADMIN, "");
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode page0 = get("/api/cases?window=W-FIRE-01&from=" + today + "&to=" + today + "&page=0&size=2",
                SUPERVISOR).json();
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page0.get("items").size()).isEqualTo(2);
        JsonNode page1 = get("/api/cases?window=W-FIRE-01&page=1&size=2", SUPERVISOR).json();
        assertThat(page1.get("items").size()).isEqualTo(1);
        JsonNode accepted = get("/api/cases?window=W-FIRE-01&status=ACCEPTED", SUPERVISOR).json();
        assertThat(accepted.get("items").size()).isEqualTo(1);
        assertThat(accepted.get("items").get(0).get("id").asString()).isEqualTo(a);
        JsonNode supplement = get("/api/cases?window=W-FIRE-01&category=SUPPLEMENT", SUPERVISOR).json();
        assertThat(supplement.get("items").get(0).get("id").asString()).isEqualTo(c);
        JsonNode item = page0.get("items").get(0);
        assertThat(item.get("applicantPhone").asString()).isEqualTo("138****5678");
        assertThat(item.get("applicantName").asString()).isEqualTo("王**");
        assertThat(page0.toString()).doesNotContain("11010519491231002X");
        // a department officer sees their department's cases only
        JsonNode fire = get("/api/cases?size=200", OFFICER_FIRE).json();
        assertThat(fire.get("items").toString()).contains(b);
        assertThat(get("/api/cases?size=200", OFFICER_MKT).json().get("items").toString()).doesNotContain(b);
        assertThat(get("/api/cases?size=201", SUPERVISOR).status()).isEqualTo(400);
    }

    @Test
    void monthlyLedgerAsJsonAndCsv() throws Exception {
        String id = submit("MKT-IMM-001", "W-MKT-02", List.of("FORM", "LICENSE", "ID"), ADMIN);
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Answer json = get("/api/ledgers/W-MKT-02/" + month, CLERK_W1);
        assertThat(json.status()).isEqualTo(403);
        JsonNode ledger = get("/api/ledgers/W-MKT-02/" + month, AGENT).json();
        assertThat(ledger.get("windowCode").asString()).isEqualTo("W-MKT-02");
        assertThat(ledger.get("cases").toString()).contains(id).contains("\"category\":\"IMMEDIATE\"");
        Answer csv = get("/api/ledgers/W-MKT-02/" + month, AGENT, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("caseId,receivedAt,matterCode").contains(id + ",")
                .contains(",IMMEDIATE,SUBMITTED,").contains("138****5678").doesNotContain("13812345678");
        assertThat(get("/api/ledgers/W-MKT-02/2025-13", AGENT).status()).isEqualTo(400);
        assertThat(get("/api/ledgers/NOPE/" + month, AGENT).status()).isEqualTo(404);
    }

    @Test
    void aNoticeAfterFiveWorkingDaysIsRefusedAndTheCaseCountsAsAcceptedOnTheDayOfReceipt() throws Exception {
        // imported from the ledger: received a month ago, no notice since, no word from deadline-service
        Instant receivedAt = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String body = JSON.writeValueAsString(Map.of("applicant", Map.of("name", "郑十", "phone", "13600005678",
                        "callbackConsent", false), "matterCode", "MKT-PRO-001", "windowCode", "W-MKT-01",
                "materials", ALL_PRO, "receivedAt", receivedAt.toString()));
        String id = post("/api/cases", SUPERVISOR, body).json().get("id").asString();

        Answer late = post("/api/cases/" + id + "/supplement-requests", CLERK_W1,
                "{\"items\":[{\"code\":\"PLAN\",\"reason\":\"比例尺不清，无法审查布局\"}]}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("noticePeriod");
        assertThat(late.body()).contains("Administrative Licensing Law art. 32");

        JsonNode view = get("/api/cases/" + id, CLERK_W1).json();
        assertThat(view.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.get("deemedAccepted").asBoolean()).isTrue();
        assertThat(Instant.parse(view.get("acceptedAt").asString())).isEqualTo(receivedAt);
        assertThat(view.get("supplementNotices").isEmpty()).isTrue();
        var accepted = events().await(CaseTopics.CASE_EVENTS, id, CaseAccepted.TYPE).data();
        assertThat(accepted.get("deemed").asBoolean()).isTrue();
        assertThat(history(id).getLast().get("actor_subject")).isEqualTo("system:case-service");
        assertThat(events().all(CaseTopics.CASE_EVENTS, id)).noneMatch(e -> e.type().equals(SupplementRequested.TYPE));

        Answer again = post("/api/cases/" + id + "/supplement-requests", CLERK_W1,
                "{\"items\":[{\"code\":\"PLAN\",\"reason\":\"比例尺不清，无法审查布局\"}]}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W1, "").body()).contains("art. 32");
    }

    @Test
    void clerksNoticeOnReviewAndASecondNoticeOnlyForNewFindings() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        Answer noReason = post("/api/cases/" + id + "/supplement-requests", CLERK_W1,
                "{\"items\":[{\"code\":\"PLAN\"}]}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("items[0].reason");
        Answer first = post("/api/cases/" + id + "/supplement-requests", CLERK_W1,
                "{\"items\":[{\"code\":\"PLAN\",\"reason\":\"比例尺不清，无法审查布局\"}]}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("category").asString()).isEqualTo("SUPPLEMENT");
        assertThat(first.json().get("supplementNotice").get("items").get(0).get("name").asString())
                .isEqualTo("经营场所平面布局图");
        events().await(CaseTopics.CASE_EVENTS, id, SupplementRequested.TYPE);
        post("/api/cases/" + id + "/materials", CLERK_W1, "{\"items\":[\"PLAN\"]}");
        // ID was handed in at intake: the first notice could have listed it
        Answer late = post("/api/cases/" + id + "/supplement-requests", CLERK_W1,
                "{\"items\":[{\"code\":\"ID\",\"reason\":\"复印件模糊\"}],\"justification\":\"新发现\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].code");
        Answer second = post("/api/cases/" + id + "/supplement-requests", CLERK_W1,
                "{\"items\":[{\"code\":\"PLAN\",\"reason\":\"新图纸显示面积变更\"}],"
                        + "\"justification\":\"补交的平面图显示经营面积与申请不符\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("supplementNotices").size()).isEqualTo(2);
    }

    @Test
    void authorityRefusalReturnsTheReportedCase() throws Exception {
        String id = submit("CON-REP-001", "W-CON-01", List.of("FORM", "SITE-PLAN"), CLERK_CON);
        post("/api/cases/" + id + "/acceptance", CLERK_CON, "");
        assertThat(post("/api/cases/" + id + "/authority-replies", CLERK_CON,
                "{\"approved\":true,\"reply\":\"x\"}").status()).isEqualTo(409);
        post("/api/cases/" + id + "/reports", CLERK_CON, "{\"authority\":\"省住房和城乡建设厅\"}");
        Answer refused = post("/api/cases/" + id + "/authority-replies", CLERK_CON,
                "{\"approved\":false,\"reply\":\"不符合省级规划\"}");
        assertThat(refused.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(events().await(CaseTopics.CASE_EVENTS, id, CaseReturned.TYPE).data().get("reason").asString())
                .isEqualTo("不符合省级规划");
        assertThat(history(id)).extracting(h -> h.get("action")).containsExactly("submission", "acceptance",
                "report", "authority-reply", "return");
    }

    @Test
    void suspensionReasonComesFromTheFixedListAndUnknownCasesAre404() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        post("/api/cases/" + id + "/acceptance", CLERK_W1, "");
        Answer bad = post("/api/cases/" + id + "/suspensions", CLERK_W1, "{\"reason\":\"HOLIDAY\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(post("/api/cases/" + id + "/suspensions/nope/end", CLERK_W1, "{}").status()).isEqualTo(409);
        Answer missing = get("/api/cases/no-such-case", SUPERVISOR);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("https://hall.example/problems/not-found");
        assertThat(get("/api/cases?category=NOPE", SUPERVISOR).json().get("errors").get(0).get("field").asString())
                .isEqualTo("category");
        assertThat(get("/api/cases/" + id, CLERK_W1).header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneCase() throws Exception {
        long before = count("hall_case");
        String body = caseBody("MKT-IMM-001", "W-MKT-01", List.of("FORM", "LICENSE", "ID"), "郑十一", "13500001234");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> post("/api/cases", CLERK_W1, body, Map.of("Idempotency-Key", "race-1"))));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var f : answers) {
                Answer a = f.get();
                assertThat(a.status()).isEqualTo(201);
                ids.add(a.json().get("id").asString());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count("hall_case")).isEqualTo(before + 1);
    }
}
