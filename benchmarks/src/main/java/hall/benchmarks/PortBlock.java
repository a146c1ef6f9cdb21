package hall.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A block of 100 loopback ports in 27000-32699 whose ports the bench uses (offsets below) are all free when
 * checked, so the bench never meets a stack already running on the default ports. The blocks lie below the kernel's
 * ephemeral ports (32768 and up), where a client socket of the stack itself could take a port between the check and
 * the start.
 */
record PortBlock(int base) {

    static final int BLOCKS = 57;

    static final int[] USED = {32, 92, 93, 80, 81, 82, 83, 84, 90, 70, 71, 79};

    int postgres() { return base + 32; }
    int kafka() { return base + 92; }
    int kafkaController() { return base + 93; }
    int gateway() { return base + 80; }
    int caseService() { return base + 81; }
    int deadlineService() { return base + 82; }
    int callbackService() { return base + 83; }
    int surveyService() { return base + 84; }
    int identity() { return base + 90; }
    int backend() { return base + 70; }
    int nginxProxy() { return base + 71; }
    int benchGateway() { return base + 79; }

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
