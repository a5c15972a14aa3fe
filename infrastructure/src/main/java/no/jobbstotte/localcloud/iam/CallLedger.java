package no.jobbstotte.localcloud.iam;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every AWS call the functions made through the gateway, with the DynamoDB capacity it consumed:
 * what a unit of work costs on AWS, counted rather than timed, so the counts are the same on any
 * machine and tests can hold them to budgets.
 */
public final class CallLedger {

    /**
     * One call: the API operation ({@code PutItem}, {@code SendMessageBatch}, {@code PutObject}),
     * the resources IAM authorised it on, and the read and write capacity units DynamoDB reported.
     */
    public record Call(String function, String service, String operation, List<String> resources, double readUnits,
            double writeUnits) {

        public Call {
            resources = List.copyOf(resources);
        }
    }

    // Appended on every call a function makes: a copy-on-write list copied the whole ledger per
    // call, which over a benchmark's 100,000 calls cost the driver more CPU than the calls did.
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();

    void record(Call call) {
        calls.add(call);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void clear() {
        calls.clear();
    }
}
