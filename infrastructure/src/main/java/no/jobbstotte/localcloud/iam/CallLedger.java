package no.jobbstotte.localcloud.iam;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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

    private final List<Call> calls = new CopyOnWriteArrayList<>();

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
