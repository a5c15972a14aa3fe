package no.jobbstotte.agreementsapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSecretTest {

    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void parse_standardWebhooksVectorSecret_has24ByteKey() {
        assertThat(WebhookSecret.parse(VECTOR_SECRET).key()).hasSize(24);
    }

    @Test
    void encoded_parsedSecret_roundTrips() {
        assertThat(WebhookSecret.parse(VECTOR_SECRET).encoded()).isEqualTo(VECTOR_SECRET);
    }

    @Test
    void generate_secureRandom_makes32ByteKeyThatRoundTrips() {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());

        assertThat(secret.key()).hasSize(32);
        assertThat(secret.encoded()).startsWith("whsec_");
        assertThat(WebhookSecret.parse(secret.encoded())).isEqualTo(secret);
    }

    @Test
    void generate_twice_makesDifferentSecrets() {
        SecureRandom random = new SecureRandom();

        assertThat(WebhookSecret.generate(random)).isNotEqualTo(WebhookSecret.generate(random));
    }

    @Test
    void toString_anySecret_hidesKey() {
        WebhookSecret secret = WebhookSecret.parse(VECTOR_SECRET);

        assertThat(secret.toString()).isEqualTo("WebhookSecret[****]");
        assertThat(String.valueOf(secret)).doesNotContain("MfKQ9r8G");
    }

    @Test
    void key_mutatedCopy_doesNotChangeSecret() {
        WebhookSecret secret = WebhookSecret.parse(VECTOR_SECRET);
        secret.key()[0] ^= 1;

        assertThat(secret.encoded()).isEqualTo(VECTOR_SECRET);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_", "whsec_not*base64!", "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"})
    void parse_malformed_throwsWithoutQuotingInput(String text) {
        assertThatThrownBy(() -> WebhookSecret.parse(text))
                .isInstanceOf(InvalidWebhookSecretException.class)
                .hasMessageNotContaining("MfKQ9r8G");
    }

    @Test
    void parse_keyShorterThan24Bytes_throws() {
        String short23 = "whsec_" + Base64.getEncoder().encodeToString(new byte[23]);

        assertThatThrownBy(() -> WebhookSecret.parse(short23)).isInstanceOf(InvalidWebhookSecretException.class);
    }

    @Test
    void parse_keyLongerThan64Bytes_throws() {
        String long65 = "whsec_" + Base64.getEncoder().encodeToString(new byte[65]);

        assertThatThrownBy(() -> WebhookSecret.parse(long65)).isInstanceOf(InvalidWebhookSecretException.class);
    }

    @Test
    void parse_keyOf64Bytes_isAccepted() {
        assertThat(WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(new byte[64])).key()).hasSize(64);
    }
}
