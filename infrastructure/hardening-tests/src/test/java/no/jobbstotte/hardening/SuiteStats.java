package no.jobbstotte.hardening;

import java.util.concurrent.atomic.AtomicLong;

/** Counters every hardening test adds to; {@link HardeningSession} prints them when the suite ends. */
final class SuiteStats {

    static final AtomicLong MESSAGES_SENT = new AtomicLong();
    static final AtomicLong EFFECTS_OBSERVED = new AtomicLong();
    static final AtomicLong DUPLICATES = new AtomicLong();
    static final AtomicLong LOSSES = new AtomicLong();
    static final AtomicLong FUZZ_CASES = new AtomicLong();
    static final AtomicLong HTTP_FUZZ_CASES = new AtomicLong();
    static final AtomicLong QUEUE_FUZZ_CASES = new AtomicLong();
    static final AtomicLong REFUSALS_VERIFIED = new AtomicLong();
    static final AtomicLong LOG_BYTES_SCANNED = new AtomicLong();
    static final AtomicLong FAULTS_INJECTED = new AtomicLong();

    private SuiteStats() {}

    static String line() {
        return "HARDENING SUMMARY: messages sent=" + MESSAGES_SENT + ", effects observed=" + EFFECTS_OBSERVED
                + ", duplicates=" + DUPLICATES + ", losses=" + LOSSES + ", fuzz cases=" + FUZZ_CASES
                + " (http=" + HTTP_FUZZ_CASES + ", queue=" + QUEUE_FUZZ_CASES + ")"
                + ", refusals verified=" + REFUSALS_VERIFIED + ", log bytes scanned=" + LOG_BYTES_SCANNED + ", faults injected=" + FAULTS_INJECTED;
    }
}
