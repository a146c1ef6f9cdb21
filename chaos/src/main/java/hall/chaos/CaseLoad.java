package hall.chaos;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load: a new case every interval, each moved through its category's steps by the case's own answers
 * (status and {@code allowedActions}): acceptance, supplement materials, suspensions and their end, reports and
 * authority replies, joint-part decisions, completions and returns. A step that got no answer or a 5xx is
 * retried after a pause, first re-reading the case (the step may have committed); a submission is retried with
 * the same Idempotency-Key. Every case carries its own subject ({@code chaos-<seed>-<n>}), so the checker finds it
 * in every store.
 */
final class CaseLoad {

    /** What one case went through, as the load saw it. */
    static final class Tracked {
        final String subject;
        final Plan plan;
        volatile String id;
        volatile boolean acknowledged;
        /** The status of the last answer that acknowledged something, and whether a request went out since. */
        volatile String lastAcknowledgedStatus;
        volatile boolean certain;
        volatile boolean done;
        int steps;
        int failuresInARow;

        Tracked(String subject, Plan plan) {
            this.subject = subject;
            this.plan = plan;
        }
    }

    /** The matter a case is for and what it does on the way. */
    record Plan(String matterCode, String windowCode, List<String> materials, boolean suspend,
            boolean returnBeforeAcceptance, boolean returnAfterAcceptance, boolean leaveOpen) {
    }

    /** Steps that got an answer; a case that needs more is left where it is (it loops on a refusal). */
    private static final int MAX_STEPS = 40;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final GatewayClient gateway;
    /** The plans' dice: drawn by the one thread that starts cases, so a seed gives the same plans. */
    private final Random random;
    private final Duration interval;
    private final String runTag;
    private final List<Tracked> cases = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger numbers = new AtomicInteger();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(4);
    private List<Plan> templates = List.of();

    CaseLoad(GatewayClient gateway, long seed, Duration interval, String runTag) {
        this.gateway = gateway;
        this.random = new Random(seed);
        this.interval = interval;
        this.runTag = runTag;
    }

    /** Reads the catalogue through the gateway (retrying until it answers) and starts the steady load. */
    void start(Instant until) {
        templates = catalogue(until);
        workers.scheduleAtFixedRate(() -> {
            if (Instant.now().isBefore(until)) {
                newCase();
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the new cases and the steps, waiting for the requests in flight. */
    void stop() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Tracked> cases() {
        synchronized (cases) {
            return List.copyOf(cases);
        }
    }

    private List<Plan> catalogue(Instant until) {
        while (Instant.now().isBefore(until)) {
            GatewayClient.Answer matters = gateway.get("/api/matters");
            GatewayClient.Answer windows = gateway.get("/api/windows");
            List<Plan> plans = plans(matters, windows);
            if (!plans.isEmpty()) {
                return plans;
            }
            sleep(Duration.ofSeconds(2));
        }
        throw new IllegalStateException("the catalogue could not be read through the gateway");
    }

    private List<Plan> plans(GatewayClient.Answer matters, GatewayClient.Answer windows) {
        if (!matters.ok() || !windows.ok() || matters.body() == null || windows.body() == null) {
            return List.of();
        }
        Map<String, String> windowOfDepartment = new LinkedHashMap<>();
        for (JsonNode w : windows.body()) {
            windowOfDepartment.putIfAbsent(w.path("departmentCode").asString(), w.path("code").asString());
        }
        List<Plan> plans = new ArrayList<>();
        for (JsonNode m : matters.body()) {
            String window = windowOfDepartment.get(m.path("departmentCode").asString());
            if (window == null) {
                continue;
            }
            List<String> materials = new ArrayList<>();
            m.path("materials").forEach(x -> materials.add(x.path("code").asString()));
            plans.add(new Plan(m.path("code").asString(), window, materials, false, false, false, false));
        }
        return plans;
    }

    private void newCase() {
        Plan template = templates.get(random.nextInt(templates.size()));
        int dice = random.nextInt(100);
        List<String> materials = template.materials();
        if (dice < 15 && materials.size() > 1) {
            // a supplement case: the last item of the checklist is missing (or, when it is a main item, a
            // case returned at intake)
            materials = materials.subList(0, materials.size() - 1);
        }
        Plan plan = new Plan(template.matterCode(), template.windowCode(), materials, random.nextInt(100) < 40,
                dice >= 15 && dice < 20, dice >= 20 && dice < 28, dice >= 28 && dice < 40);
        Tracked tracked = new Tracked(runTag + "-" + numbers.incrementAndGet(), plan);
        cases.add(tracked);
        schedule(tracked, Duration.ZERO);
    }

    private void schedule(Tracked c, Duration delay) {
        try {
            workers.schedule(() -> step(c), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the load is stopping
        }
    }

    private void step(Tracked c) {
        if (c.done || c.steps > MAX_STEPS) {
            c.done = true;
            return;
        }
        GatewayClient.Answer answer;
        if (c.id == null) {
            answer = submit(c);
        } else {
            GatewayClient.Answer current = gateway.get("/api/cases/" + c.id);
            note(c, current);
            if (!current.ok() || current.body() == null) {
                schedule(c, backoff(c));
                return;
            }
            answer = act(c, current.body());
            if (answer == null) {
                c.done = true;
                return;
            }
        }
        note(c, answer);
        if (answer.status() != 0 && answer.status() < 500) {
            c.steps++;
            c.failuresInARow = 0;
        }
        if (answer.ok()) {
            schedule(c, Duration.ofMillis(500 + ThreadLocalRandom.current().nextInt(4000)));
        } else if (answer.status() == 409 || answer.status() == 422) {
            if (c.id == null) {
                c.done = true;
            } else {
                schedule(c, Duration.ofMillis(500));
            }
        } else {
            schedule(c, backoff(c));
        }
    }

    private GatewayClient.Answer submit(Tracked c) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("name", "压测" + (c.subject.hashCode() & 0xff));
        applicant.put("phone", "138" + String.format("%08d", Math.floorMod(c.subject.hashCode(), 100_000_000)));
        applicant.put("callbackConsent", true);
        applicant.put("subject", c.subject);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicant", applicant);
        body.put("matterCode", c.plan.matterCode());
        body.put("windowCode", c.plan.windowCode());
        body.put("materials", c.plan.materials());
        GatewayClient.Answer answer = gateway.post("/api/cases", body, c.subject);
        if (answer.ok() && answer.body() != null) {
            c.id = answer.body().path("id").asString();
            c.acknowledged = true;
        }
        return answer;
    }

    /** The next step the case's state allows for its plan, or null when the case is where the plan ends. */
    private GatewayClient.Answer act(Tracked c, JsonNode view) {
        String status = view.path("status").asString();
        List<String> allowed = new ArrayList<>();
        view.path("allowedActions").forEach(a -> allowed.add(a.asString()));
        String path = "/api/cases/" + c.id + "/";
        return switch (status) {
            case "SUBMITTED" -> c.plan.returnBeforeAcceptance() && allowed.contains("returns")
                    ? returnCase(path) : post(allowed, "acceptance", path + "acceptance", Map.of());
            case "AWAITING_SUPPLEMENT" -> {
                List<String> outstanding = new ArrayList<>();
                view.path("materialsOutstanding").forEach(m -> outstanding.add(m.asString()));
                yield outstanding.isEmpty() ? null
                        : post(allowed, "materials", path + "materials", Map.of("items", outstanding));
            }
            case "SUSPENDED" -> {
                String open = null;
                for (JsonNode s : view.path("suspensions")) {
                    if (s.path("endedAt").isNull() || s.path("endedAt").isMissingNode()) {
                        open = s.path("id").asString();
                    }
                }
                yield open == null ? null : post(allowed, "suspensions/{id}/end",
                        path + "suspensions/" + open + "/end", Map.of("note", "检测结束"));
            }
            case "AWAITING_AUTHORITY" -> post(allowed, "authority-replies", path + "authority-replies",
                    Map.of("approved", true, "reply", "同意办理"));
            case "ACCEPTED" -> accepted(c, view, allowed, path);
            default -> null;
        };
    }

    private GatewayClient.Answer accepted(Tracked c, JsonNode view, List<String> allowed, String path) {
        if (c.plan.suspend() && view.path("suspensions").isEmpty() && allowed.contains("suspensions")) {
            return gateway.post(path + "suspensions", Map.of("reason", "TESTING", "note", "送检"), null);
        }
        if (allowed.contains("reports") && (view.path("report").isNull() || view.path("report").isMissingNode())) {
            return gateway.post(path + "reports", Map.of("authority", "市住房和城乡建设局"), null);
        }
        for (JsonNode part : view.path("jointParts")) {
            if (!StoreCheck.decided(part)) {
                return post(allowed, "joint-parts/{departmentCode}/decisions",
                        path + "joint-parts/" + part.path("departmentCode").asString() + "/decisions",
                        Map.of("approved", true, "reason", "同意"));
            }
        }
        if (c.plan.returnAfterAcceptance() && allowed.contains("returns")) {
            return returnCase(path);
        }
        if (c.plan.leaveOpen()) {
            return null;
        }
        return post(allowed, "completion", path + "completion", Map.of("result", "准予许可"));
    }

    private GatewayClient.Answer returnCase(String path) {
        return gateway.post(path + "returns", Map.of("reason", "不符合受理条件", "policyBasis", "《行政许可法》第三十二条"),
                null);
    }

    private GatewayClient.Answer post(List<String> allowed, String action, String path, Object body) {
        return allowed.contains(action) ? gateway.post(path, body, null) : null;
    }

    private static void note(Tracked c, GatewayClient.Answer answer) {
        if (answer.ok() && answer.body() != null && answer.body().has("status")) {
            c.lastAcknowledgedStatus = answer.body().path("status").asString();
            c.certain = true;
        } else if (answer.status() == 0 || answer.status() >= 500) {
            // the request may or may not have committed
            c.certain = false;
        }
    }

    /** 2 s, 4 s, 8 s ... up to 30 s between the attempts of one case while the platform refuses or is silent. */
    private static Duration backoff(Tracked c) {
        long base = Math.min(MAX_BACKOFF_MILLIS, 2000L << Math.min(4, c.failuresInARow++));
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
