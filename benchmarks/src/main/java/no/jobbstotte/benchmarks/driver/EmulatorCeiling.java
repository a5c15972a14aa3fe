package no.jobbstotte.benchmarks.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The emulators' own ceiling in the same run: raw calls from the driver with the same number of
 * clients as the workloads, nothing else. A pipeline rate divided by these says how much of the
 * local figure is the emulators and how much the functions.
 */
final class EmulatorCeiling {

    /** Calls per second (messages per second for the batch send). */
    record Ceiling(double putItemPerSecond, double sendMessagePerSecond, double batchedMessagesPerSecond, int calls,
            int clients, OptionalDouble putItemViaGatewayPerSecond) {}

    private final LocalCloud cloud;

    EmulatorCeiling(LocalCloud cloud) {
        this.cloud = cloud;
    }

    Ceiling measure(int calls, int clients) throws Exception {
        String table = cloud.tableName("AgreementsTable");
        // About an agreement row's size; a key space of its own, which the statistics' AGREEMENT# filter skips.
        String payload = "x".repeat(300);
        double puts = puts(cloud.dynamoDb(), table, payload, calls, clients, "CEILING#");
        // The functions' calls pass the IAM gateway (a proxy that checks and meters each): the same
        // puts signed as AgreementsSync, whose role may write this table, show what that hop costs.
        OptionalDouble viaGateway = OptionalDouble.empty();
        if (cloud.iam().isPresent()) {
            try (DynamoDbClient asFunction = ClientSupport.build(DynamoDbClient.builder(),
                    RuntimeConfig.of(cloud.functionEnvironment("AgreementsSyncFunction")), "DYNAMODB")) {
                viaGateway = OptionalDouble.of(puts(asFunction, table, payload, calls, clients, "CEILING#GW#"));
            }
        }
        // A dead-letter queue: no function polls it; emptied afterwards.
        String queue = cloud.queueUrl("PlacementEventsDeadLetterQueue");
        double sends = rate(calls, clients, i -> cloud.sqs().sendMessage(r -> r.queueUrl(queue).messageBody(payload + i)));
        double batched = rate(calls / 10, clients, i -> {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int e = 0; e < 10; e++) {
                entries.add(SendMessageBatchRequestEntry.builder().id("e" + e).messageBody(payload + i + "-" + e).build());
            }
            cloud.sqs().sendMessageBatch(r -> r.queueUrl(queue).entries(entries));
        }) * 10;
        cloud.sqs().purgeQueue(r -> r.queueUrl(queue));
        return new Ceiling(puts, sends, batched, calls, clients, viaGateway);
    }

    private static double puts(DynamoDbClient dynamoDb, String table, String payload, int calls, int clients, String prefix)
            throws Exception {
        return rate(calls, clients, i -> dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
                "chainId", AttributeValue.fromS("bench-ceiling"), "sk", AttributeValue.fromS(prefix + i),
                "payload", AttributeValue.fromS(payload)))));
    }

    private static double rate(int calls, int clients, IntConsumer call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < calls; i += clients) {
                        call.accept(i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return calls * 1e9 / (System.nanoTime() - started);
    }
}
