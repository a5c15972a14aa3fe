package no.jobbstotte.agreementsapi.table.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request log against the emulated table from template.yaml. */
class DynamoDbRequestLogTest {

    @RegisterExtension
    static final LocalCloudExtension cloud = LocalCloudExtension.fromTemplate();

    private final String chainId = "it-chain";

    @Test
    void requestLog_storedResponse_readBackUntilItExpires() {
        DynamoDbRequestLog log = new DynamoDbRequestLog(cloud.cloud().dynamoDb(), cloud.cloud().tableName("RequestLogTable"));
        Instant now = Instant.now();
        RequestLog.StoredResponse stored = new RequestLog.StoredResponse("hash", 207, "application/json", "{\"results\":[]}");

        log.saveResponse(chainId, "key-1", stored, now);
        log.saveResponse(chainId, "key-1", new RequestLog.StoredResponse("other", 202, "application/json", "{}"), now);

        assertThat(log.findResponse(chainId, "key-1", now)).contains(stored);
        assertThat(log.findResponse(chainId, "key-1", now.plus(RequestLog.IDEMPOTENCY_TTL))).isEmpty();
        assertThat(log.findResponse("other-chain", "key-1", now)).isEmpty();
        assertThat(log.firstUseOfWebhookId(chainId, "w", now)).isTrue();
        assertThat(log.firstUseOfWebhookId(chainId, "w", now.plusSeconds(60))).isFalse();
        assertThat(log.firstUseOfWebhookId(chainId, "w", now.plus(RequestLog.WEBHOOK_ID_TTL))).isTrue();
    }
}
