package no.jobbstotte.localcloud.testing;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.runtime.LocalContext;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.log.Log;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One function consuming one batch from its SQS queue in a JVM of its own, as the local cloud's
 * {@link SqsEventSource} would (the queue's own visibility timeout, the function's environment,
 * partial batch failures deleted only on success), so a test can kill a real process mid-batch
 * with {@link Process#destroyForcibly()}. {@link #start} launches it on the test's class path.
 */
public final class SqsConsumerProcess {

    private static final Log LOG = Log.get(SqsConsumerProcess.class);

    private SqsConsumerProcess() {}

    /**
     * Starts a JVM that receives one batch (up to the mapping's batch size) from the function's SQS
     * event source and hands it to the function; its output goes to {@code log}.
     */
    public static Process start(LocalCloud cloud, String functionId, Path log) {
        SqsEventSource.Mapping mapping = cloud.sqsEventSources().stream().map(SqsEventSource::mapping)
                .filter(m -> m.functionId().equals(functionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(functionId + " has no SQS event source"));
        FunctionDefinition function = cloud.function(functionId).definition();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SqsConsumerProcess.class.getName(),
                function.handlerClass(), function.logicalId(), mapping.queueUrl(), mapping.queueArn(),
                Integer.toString(Math.min(10, mapping.batchSize())), Integer.toString(function.memoryMb()),
                Integer.toString(function.timeoutSeconds()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(cloud.functionEnvironment(functionId));
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the consumer process for " + functionId, e);
        }
    }

    /** Arguments: handler class, function name, queue URL, queue ARN, batch size, memory (MB), timeout (s). */
    public static void main(String[] args) throws Exception {
        String queueUrl = args[2];
        RuntimeConfig config = RuntimeConfig.fromEnv();
        try (SqsClient sqs = ClientSupport.build(SqsClient.builder(), config, "SQS")) {
            @SuppressWarnings("unchecked")
            RequestHandler<SQSEvent, Object> handler = (RequestHandler<SQSEvent, Object>) Class.forName(args[0])
                    .getConstructor().newInstance();
            List<Message> messages = List.of();
            while (messages.isEmpty()) {
                messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(Integer.parseInt(args[4]))
                        .waitTimeSeconds(5).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
            }
            LOG.info("consumer process received a batch", "function", args[1], "messages", messages.size());
            Object response = handler.handleRequest(SqsEventSource.event(messages, args[3], config.region()),
                    LocalContext.start(args[1], "arn:aws:lambda:" + config.region() + ":" + LocalCloud.ACCOUNT_ID
                            + ":function:" + args[1], Integer.parseInt(args[5]), Integer.parseInt(args[6])));
            Set<String> failed = new HashSet<>();
            if (response instanceof SQSBatchResponse batch && batch.getBatchItemFailures() != null) {
                batch.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            }
            List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
            for (Message message : messages) {
                if (!failed.contains(message.messageId())) {
                    done.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(done.size()))
                            .receiptHandle(message.receiptHandle()).build());
                }
            }
            if (!done.isEmpty()) {
                sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
            }
            LOG.info("consumer process finished its batch", "function", args[1], "failed", failed.size());
        }
    }
}
