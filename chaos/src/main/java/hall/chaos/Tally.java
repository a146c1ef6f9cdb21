package hall.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of the requests the load sent through the gateway, by how they were answered. */
final class Tally {

    final LongAdder sent = new LongAdder();
    final LongAdder acknowledged = new LongAdder();
    /** 503 with Retry-After: the platform said "not now" while a part was down. */
    final LongAdder refusedWithRetryAfter = new LongAdder();
    /** Any other refusal or failure while components were down: 5xx, 429, no answer, a timeout. */
    final LongAdder failed = new LongAdder();
    /** 409/422: the case had moved on (an earlier attempt committed) or a rule refused; the case is re-read. */
    final LongAdder ruleRefused = new LongAdder();
    final LongAdder casesAcknowledged = new LongAdder();
    private final Map<String, LongAdder> byAnswer = new ConcurrentHashMap<>();

    void answered(int status, boolean retryAfter) {
        byAnswer.computeIfAbsent(status == 0 ? "no answer" : Integer.toString(status), k -> new LongAdder())
                .increment();
        if (status >= 200 && status < 300) {
            acknowledged.increment();
        } else if (status == 503 && retryAfter) {
            refusedWithRetryAfter.increment();
        } else if (status == 409 || status == 422) {
            ruleRefused.increment();
        } else {
            failed.increment();
        }
    }

    Map<String, Long> byAnswer() {
        Map<String, Long> copy = new TreeMap<>();
        byAnswer.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
