package no.jobbstotte.agreementsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.jobbstotte.agreementsapi.AgreementValidator;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

class SqsQueueSenderTest {

    private final List<SendMessageBatchRequest> calls = new ArrayList<>();
    /** The entry id SQS refuses in every call, if any. */
    private String refusedId;
    /** The call (counting from 1) that fails as a whole, if any. */
    private int failingCall;

    private final SqsClient sqs = new SqsClient() {
        @Override
        public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
            calls.add(request);
            if (calls.size() == failingCall) {
                throw SdkClientException.create("connection reset");
            }
            var response = SendMessageBatchResponse.builder().successful(request.entries().stream()
                    .filter(e -> !e.id().equals(refusedId))
                    .map(e -> SendMessageBatchResultEntry.builder().id(e.id()).messageId("m-" + e.id()).build()).toList());
            return refusedId == null ? response.build() : response.failed(BatchResultErrorEntry.builder().id(refusedId)
                    .code("X").senderFault(false).build()).build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {}
    };

    private static AgreementMessage message(int i) {
        var validator = new AgreementValidator(Municipalities.bundled());
        var result = validator.validate("chain-1", TestApi.item("a-" + i, 1), "/items/0");
        Agreement agreement = ((ValidationResult.Valid<Agreement>) result).value();
        return new AgreementMessage(agreement, "req-1", Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void send_23Messages_threeCallsOfAtMostTenWithGroupAndDeduplicationIds() {
        List<AgreementMessage> messages = IntStream.range(0, 23).mapToObj(SqsQueueSenderTest::message).toList();

        new SqsQueueSender(sqs, "https://queue").send(messages);

        assertThat(calls).extracting(c -> c.entries().size()).containsExactly(10, 10, 3);
        var entry = calls.get(2).entries().get(2);
        assertThat(entry.messageGroupId()).isEqualTo(messages.get(22).messageGroupId());
        assertThat(entry.messageDeduplicationId()).isEqualTo(messages.get(22).deduplicationId());
        assertThat(AgreementMessage.parse(entry.messageBody())).isEqualTo(messages.get(22));
        assertThat(calls).allMatch(c -> c.queueUrl().equals("https://queue"));
    }

    @Test
    void send_oneEntryRefused_throwsQueueUnavailableWithTheOthersAsQueued() {
        refusedId = "1";
        List<AgreementMessage> messages = List.of(message(0), message(1), message(2));

        assertThatThrownBy(() -> new SqsQueueSender(sqs, "https://queue").send(messages))
                .isInstanceOfSatisfying(QueueSender.QueueUnavailableException.class,
                        e -> assertThat(e.queued()).containsExactly(messages.get(0), messages.get(2)));
    }

    @Test
    void send_secondCallFails_stopsThereWithTheFirstTenAsQueued() {
        failingCall = 2;
        List<AgreementMessage> messages = IntStream.range(0, 23).mapToObj(SqsQueueSenderTest::message).toList();

        assertThatThrownBy(() -> new SqsQueueSender(sqs, "https://queue").send(messages))
                .isInstanceOfSatisfying(QueueSender.QueueUnavailableException.class,
                        e -> assertThat(e.queued()).containsExactlyElementsOf(messages.subList(0, 10)));
        assertThat(calls).hasSize(2);
    }
}
