package hall.benchmarks;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Where the CPU of a measured run went: the CPU time each of the stack's components (with its child processes,
 * so PostgreSQL counts its backends) and the bench (its JVM with the lag sampler, and the wrk that ran) used between
 * the start and the end of the run, divided by the cases the run handled. On two shared cores this says which
 * part to make cheaper.
 */
final class CpuPerCase {

    static final String BENCH = "bench (wrk and lag sampler)";

    private final Stack stack;
    private final Map<String, Long> before;
    private Map<String, Long> after;

    private CpuPerCase(Stack stack) {
        this.stack = stack;
        this.before = snapshot(stack);
    }

    static CpuPerCase start(Stack stack) {
        return new CpuPerCase(stack);
    }

    void stop() {
        after = snapshot(stack);
    }

    /** "case-service 4.1, postgres 2.0, ... ms CPU per case (total 16.3)", largest first. */
    String perCase(long cases) {
        Map<String, Double> perCase = new LinkedHashMap<>();
        after.forEach((name, millis) -> perCase.put(name,
                (millis - before.getOrDefault(name, millis)) / (double) Math.max(1, cases)));
        return describe(perCase);
    }

    static String describe(Map<String, Double> perCase) {
        StringJoiner parts = new StringJoiner(", ");
        perCase.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> parts.add(e.getKey() + " " + Table.decimal(e.getValue())));
        double total = perCase.values().stream().mapToDouble(Double::doubleValue).sum();
        return parts + " ms CPU per case (total " + Table.decimal(total) + ")";
    }

    private static Map<String, Long> snapshot(Stack stack) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Long> pids = stack.pidsByName();
        Set<Long> named = new HashSet<>(pids.values());
        pids.forEach((name, pid) -> {
            Set<Long> others = new HashSet<>(named);
            others.remove(pid);
            millis.put(name, Processes.cpuMillis(pid, others));
        });
        millis.put(BENCH, Processes.cpuMillisWithEndedChildren(ProcessHandle.current().pid()));
        return millis;
    }
}
