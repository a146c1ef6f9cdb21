package hall.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The loopback ports the bench uses. By default a block of 100 ports in 27000-32699 whose ports (offsets below)
 * are all free when checked, so the bench never meets a stack already running on the default ports; the blocks
 * lie below the kernel's ephemeral ports (32768 and up), where a client socket of the stack itself could take a
 * port between the check and the start. With {@code BENCH_PORT_BASE} set, that block is used instead (not
 * checked), and each port the stack listens on may be set by the same variable as for {@code ./platform up}
 * ({@code PLATFORM_PG_PORT}, {@code CASE_SERVICE_PORT}, ...), so a bench can run inside a port range given to it.
 */
record PortBlock(int base, int postgres, int kafka, int kafkaController, int gateway, int caseService,
        int deadlineService, int callbackService, int surveyService, int identity) {

    static final int BLOCKS = 57;

    static final int[] USED = {32, 92, 93, 80, 81, 82, 83, 84, 90, 70, 71, 79};

    PortBlock(int base) {
        this(base, base + 32, base + 92, base + 93, base + 80, base + 81, base + 82, base + 83, base + 84,
                base + 90);
    }

    int backend() { return base + 70; }
    int nginxProxy() { return base + 71; }
    int benchGateway() { return base + 79; }

    /** The block of {@code BENCH_PORT_BASE} with the stack's port variables applied, else a free block. */
    static PortBlock chosen(Map<String, String> env) {
        String base = env.get("BENCH_PORT_BASE");
        if (base == null || base.isBlank()) {
            return free();
        }
        PortBlock block = new PortBlock(Integer.parseInt(base.strip()));
        return new PortBlock(block.base,
                or(env, "PLATFORM_PG_PORT", block.postgres), or(env, "PLATFORM_KAFKA_PORT", block.kafka),
                or(env, "PLATFORM_KAFKA_CONTROLLER_PORT", block.kafkaController), or(env, "GATEWAY_PORT", block.gateway),
                or(env, "CASE_SERVICE_PORT", block.caseService), or(env, "DEADLINE_SERVICE_PORT", block.deadlineService),
                or(env, "CALLBACK_SERVICE_PORT", block.callbackService), or(env, "SURVEY_SERVICE_PORT", block.surveyService),
                or(env, "IDENTITY_PORT", block.identity));
    }

    private static int or(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    static PortBlock free() {
        int first = ThreadLocalRandom.current().nextInt(0, BLOCKS);
        for (int i = 0; i < BLOCKS; i++) {
            int base = 27000 + ((first + i) % BLOCKS) * 100;
            if (allFree(base)) {
                return new PortBlock(base);
            }
        }
        throw new IllegalStateException("no block of free ports in 27000-32699");
    }

    private static boolean allFree(int base) {
        for (int offset : USED) {
            try (ServerSocket socket = new ServerSocket(base + offset, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
