package hall.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code ./platform chaos}: load through the gateway while components are killed and restarted, then the drain
 * and the invariant check. Exit code 0 when every invariant held, 1 when one was violated, 2 on bad options.
 *
 * <pre>java -cp 'chaos/target/chaos.jar:chaos/target/lib/*' hall.chaos.FaultRun --minutes 10 --seed 7 --root .</pre>
 */
public final class FaultRun {

    private FaultRun() {
    }

    public static void main(String[] args) throws Exception {
        RunOptions options;
        try {
            options = RunOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("chaos: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options) ? 0 : 1);
    }

    static boolean run(RunOptions options) throws Exception {
        String tag = "chaos-" + options.seed() + "-" + Long.toString(System.currentTimeMillis() / 1000, 36);
        Stack stack = new Stack(options.root(), options.stateDir());
        List<String> components = stack.components();
        say("fault run %s: %d minute(s), seed %d, gateway %s, components %s", tag, options.duration().toMinutes(),
                options.seed(), options.gatewayUrl(), components);
        Instant started = Instant.now();
        Instant end = started.plus(options.duration());
        Tally tally = new Tally();
        GatewayClient gateway = new GatewayClient(options.gatewayUrl(), env("CHAOS_CLIENT", "admin"),
                env("DEMO_CLIENT_SECRET", "demo-secret"), tally);
        CaseLoad load = new CaseLoad(gateway, options.seed(), options.caseInterval(), tag);
        load.start(end);
        FaultSchedule schedule = new FaultSchedule(options.seed(), components, Duration.ofSeconds(5),
                Duration.ofSeconds(25), Duration.ofSeconds(3), Duration.ofSeconds(15));
        FaultInjector faults = new FaultInjector(stack, schedule, end, options.restartTimeout());
        Thread injector = Thread.ofPlatform().name("fault-injector").start(faults);

        while (Instant.now().isBefore(end)) {
            Thread.sleep(Math.min(30_000, Math.max(1, Duration.between(Instant.now(), end).toMillis())));
            say("%s: %d cases, %d requests sent, %d acknowledged, %d refused with 503/Retry-After, %d failed",
                    Duration.between(started, Instant.now()).toSeconds() + "s", load.cases().size(), tally.sent.sum(),
                    tally.acknowledged.sum(), tally.refusedWithRetryAfter.sum(), tally.failed.sum());
        }
        say("load and faults end; waiting for the fault in progress to heal");
        faults.stop();
        injector.join(options.restartTimeout().plusMinutes(1));
        load.stop();
        boolean healthy = stack.restart(options.restartTimeout());
        say("the stack is %s", healthy ? "healthy" : "NOT healthy (see " + options.stateDir().relativize(
                stack.restartLog()) + ")");

        StoreCheck check = new StoreCheck(options::jdbcUrl, tag, ZoneId.of(env("HALL_ZONE", "Asia/Shanghai")));
        List<CaseLoad.Tracked> cases = load.cases();
        Instant drainStart = Instant.now();
        Instant drainEnd = drainStart.plus(options.drainTimeout());
        while (!check.drained(cases) && Instant.now().isBefore(drainEnd)) {
            Thread.sleep(5_000);
        }
        Duration drain = Duration.between(drainStart, Instant.now());
        List<StoreCheck.Result> results = check.check(cases);
        return report(options, tag, tally, cases, faults.injected(), results, drain,
                Duration.between(started, Instant.now()));
    }

    private static boolean report(RunOptions options, String tag, Tally tally, List<CaseLoad.Tracked> cases,
            List<FaultInjector.Injected> injected, List<StoreCheck.Result> results, Duration drain, Duration total) {
        say("");
        say("fault run %s (seed %d, %d minute(s) of load, %ds in all)", tag, options.seed(),
                options.duration().toMinutes(), total.toSeconds());
        say("faults: %d", injected.size());
        for (FaultInjector.Injected f : injected) {
            say("  %s SIGKILL %-17s down %3ds, healthy again after %3ds%s", f.at(), f.component(),
                    f.down().toSeconds(), f.untilHealthy().toSeconds(), f.restarted() ? "" : " (NOT restarted)");
        }
        long acknowledgedCases = cases.stream().filter(c -> c.acknowledged).count();
        say("cases: %d started, %d acknowledged by the API", cases.size(), acknowledgedCases);
        say("requests sent: %d, acknowledged: %d, refused during faults (503 with Retry-After): %d, "
                + "failed during faults (no answer, other 5xx): %d, refused by a rule or the case's state (409/422): %d",
                tally.sent.sum(), tally.acknowledged.sum(), tally.refusedWithRetryAfter.sum(), tally.failed.sum(),
                tally.ruleRefused.sum());
        say("answers: %s", tally.byAnswer());
        say("drained after %ds", drain.toSeconds());
        int held = 0;
        int violated = 0;
        for (StoreCheck.Result r : results) {
            say("  %s  %s", r.held() ? "held    " : "VIOLATED", r.name());
            r.violations().stream().limit(20).forEach(v -> say("            - %s", v));
            if (r.violations().size() > 20) {
                say("            ... and %d more", r.violations().size() - 20);
            }
            r.notes().stream().limit(20).forEach(n -> say("            * %s", n));
            if (r.held()) {
                held++;
            } else {
                violated++;
            }
        }
        say("%d invariants held, %d violated", held, violated);
        return violated == 0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
