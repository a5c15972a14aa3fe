package no.jobbstotte.followupscheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** SendMessageBatch's per-entry failures: retried when SQS's fault, handed back otherwise; none lost, none sent twice. */
class SqsReminderQueueTest {

    private static final LocalDate DAY = LocalDate.parse("2026-06-10");

    private final ReminderMessageCodec codec = new ReminderMessageCodec();
    private final FakeSqs sqs = new FakeSqs();
    private final SqsReminderQueue queue = new SqsReminderQueue(sqs, "https://sqs.test/reminders", codec);
    private final List<ReminderMessage> batch = IntStream.range(0, ReminderQueue.MAX_BATCH)
            .mapToObj(i -> new ReminderMessage(ReminderKind.SPECIALIST, "js-" + i, DAY, Instant.EPOCH)).toList();

    @Test
    void send_allAccepted_oneCallEveryMessageOnce() {
        assertThat(queue.send(batch)).isEmpty();

        assertThat(sqs.calls).hasSize(1);
        assertThat(sqs.delivered()).containsExactlyElementsOf(batch);
    }

    @Test
    void send_sqsFailsSomeEntriesOnItsSide_retriesOnlyThoseAndLosesNone() {
        sqs.responses.add(failing(Map.of("js-2", false, "js-7", false)));

        assertThat(queue.send(batch)).isEmpty();

        assertThat(sqs.calls).hasSize(2);
        assertThat(sqs.calls.get(1)).extracting(ReminderMessage::recipientId).containsExactly("js-2", "js-7");
        assertThat(sqs.delivered()).containsExactlyInAnyOrderElementsOf(batch).doesNotHaveDuplicates();
    }

    @Test
    void send_senderFault_isHandedBackAtOnceWithoutRetry() {
        sqs.responses.add(failing(Map.of("js-4", true, "js-5", false)));

        List<ReminderMessage> rejected = queue.send(batch);

        assertThat(rejected).extracting(ReminderMessage::recipientId).containsExactly("js-4");
        assertThat(sqs.calls.get(1)).extracting(ReminderMessage::recipientId).containsExactly("js-5");
        assertThat(sqs.delivered()).hasSize(batch.size() - 1).doesNotContain(rejected.get(0));
    }

    @Test
    void send_entryFailingEveryAttempt_isHandedBackAfterTheLastAttempt() {
        for (int i = 0; i < SqsReminderQueue.ATTEMPTS; i++) {
            sqs.responses.add(failing(Map.of("js-9", false)));
        }

        List<ReminderMessage> rejected = queue.send(batch);

        assertThat(rejected).extracting(ReminderMessage::recipientId).containsExactly("js-9");
        assertThat(sqs.calls).hasSize(SqsReminderQueue.ATTEMPTS);
        assertThat(sqs.delivered()).hasSize(batch.size() - 1);
    }

    @Test
    void send_firstCallFailsWhole_throwsSoTheCallerWithdrawsTheBatch() {
        sqs.responses.add(request -> {
            throw SqsException.builder().message("unavailable").statusCode(503).build();
        });

        assertThatThrownBy(() -> queue.send(batch)).isInstanceOf(SqsException.class);
        assertThat(sqs.delivered()).isEmpty();
    }

    @Test
    void send_retryCallFailsWhole_handsBackOnlyTheEntriesNotYetOnTheQueue() {
        sqs.responses.add(failing(Map.of("js-1", false, "js-3", false)));
        sqs.responses.add(request -> {
            throw SqsException.builder().message("unavailable").statusCode(503).build();
        });

        List<ReminderMessage> rejected = queue.send(batch);

        assertThat(rejected).extracting(ReminderMessage::recipientId).containsExactly("js-1", "js-3");
        assertThat(sqs.delivered()).hasSize(batch.size() - 2).doesNotContainAnyElementsOf(rejected);
    }

    /** A response failing the named recipients' entries, as sender's fault (true) or SQS's (false). */
    private Function<SendMessageBatchRequest, List<BatchResultErrorEntry>> failing(Map<String, Boolean> senderFault) {
        return request -> request.entries().stream()
                .filter(e -> senderFault.containsKey(codec.parse(e.messageBody()).recipientId()))
                .map(e -> BatchResultErrorEntry.builder().id(e.id()).code("InternalError")
                        .senderFault(senderFault.get(codec.parse(e.messageBody()).recipientId())).build())
                .toList();
    }

    /** Answers each call with the next scripted outcome (all accepted once the script runs out). */
    private final class FakeSqs implements SqsClient {
        final Deque<Function<SendMessageBatchRequest, List<BatchResultErrorEntry>>> responses = new ArrayDeque<>();
        final List<List<ReminderMessage>> calls = new ArrayList<>();
        final List<ReminderMessage> delivered = new ArrayList<>();

        @Override
        public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
            assertThat(request.entries()).hasSizeLessThanOrEqualTo(ReminderQueue.MAX_BATCH);
            assertThat(request.entries()).extracting(SendMessageBatchRequestEntry::id).doesNotHaveDuplicates();
            calls.add(request.entries().stream().map(e -> codec.parse(e.messageBody())).toList());
            List<BatchResultErrorEntry> failed = responses.isEmpty() ? List.of() : responses.poll().apply(request);
            List<String> failedIds = failed.stream().map(BatchResultErrorEntry::id).toList();
            request.entries().stream().filter(e -> !failedIds.contains(e.id()))
                    .forEach(e -> delivered.add(codec.parse(e.messageBody())));
            return SendMessageBatchResponse.builder().failed(failed).build();
        }

        List<ReminderMessage> delivered() {
            return delivered;
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {}
    }
}
