package no.jobbstotte.agreementsapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    // The test vector published with the Standard Webhooks specification.
    static final WebhookSecret VECTOR_SECRET = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final String VECTOR_TIMESTAMP = "1614265330";
    static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void sign_standardWebhooksTestVector_matchesPublishedSignature() {
        assertThat(WebhookSigner.sign(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, VECTOR_SECRET)).isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void signatureHeader_twoSecrets_joinsEntriesWithSpaceInOrder() {
        WebhookSecret other = WebhookSecret.parse("whsec_" + "A".repeat(32));

        String header = WebhookSigner.signatureHeader(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, List.of(VECTOR_SECRET, other));

        assertThat(header.split(" ")).hasSize(2);
        assertThat(header).startsWith(VECTOR_SIGNATURE + " v1,");
    }
}
