package hall.benchmarks;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The Java load generator of the POST rows (wrk runs the GET rows): a fixed number of connections, one JDK
 * HttpClient each (HTTP/1.1, so exactly one kept-alive connection per worker), each sending its next request when
 * the previous one answered (closed loop), for a bounded time after a warm-up. Latencies go to an HdrHistogram.
 * Java here because every request has its own body and token, and the bench reads the databases beside the run.
 */
final class LoadGenerator {

    /** One request of a worker: sends it and returns the HTTP status. */
    @FunctionalInterface
    interface Call {
        int send(HttpClient client, long sequence) throws Exception;
    }

    /** What a run measured; latencies in microseconds. */
    record Result(long succeeded, long failed, double seconds, Histogram micros, Map<Integer, Long> statuses) {

        double rate() {
            return succeeded / seconds;
        }

        double p50() {
            return micros.getValueAtPercentile(50) / 1000.0;
        }

        double p99() {
            return micros.getValueAtPercentile(99) / 1000.0;
        }

        String latencies() {
            return "p50 %s ms, p99 %s ms".formatted(Table.decimal(p50()), Table.decimal(p99()));
        }
    }

    private LoadGenerator() {
    }

    static Result closedLoop(int connections, Duration warmUp, Duration run, Call call) throws InterruptedException {
        return closedLoop(connections, warmUp, run, call, () -> { }, () -> { });
    }

    /** As above, calling {@code measuringStarts} and {@code measuringEnds} around the measured part of the run. */
    static Result closedLoop(int connections, Duration warmUp, Duration run, Call call, Runnable measuringStarts,
            Runnable measuringEnds) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stopped = new AtomicBoolean(false);
        AtomicLong sequence = new AtomicLong();
        LongAdder succeeded = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(Thread.ofPlatform().name("load-" + i).daemon().start(() -> {
                try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build()) {
                    while (!stopped.get()) {
                        long started = System.nanoTime();
                        int status;
                        try {
                            status = call.send(client, sequence.incrementAndGet());
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (!measuring.get()) {
                            continue;
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        (status >= 200 && status < 300 ? succeeded : failed).increment();
                    }
                }
            }));
        }
        Thread.sleep(warmUp.toMillis());
        recorder.reset();
        measuringStarts.run();
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(run.toMillis());
        measuring.set(false);
        measuringEnds.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        stopped.set(true);
        for (Thread worker : workers) {
            worker.join(10_000);
        }
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.sum()));
        return new Result(succeeded.sum(), failed.sum(), seconds, recorder.getIntervalHistogram(), counted);
    }
}
