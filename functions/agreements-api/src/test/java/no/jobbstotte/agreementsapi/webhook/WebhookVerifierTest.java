package no.jobbstotte.agreementsapi.webhook;

import static no.jobbstotte.agreementsapi.webhook.WebhookSignerTest.VECTOR_BODY;
import static no.jobbstotte.agreementsapi.webhook.WebhookSignerTest.VECTOR_ID;
import static no.jobbstotte.agreementsapi.webhook.WebhookSignerTest.VECTOR_SECRET;
import static no.jobbstotte.agreementsapi.webhook.WebhookSignerTest.VECTOR_SIGNATURE;
import static no.jobbstotte.agreementsapi.webhook.WebhookSignerTest.VECTOR_TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification.Reason;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification.Rejected;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification.Verified;
import no.jobbstotte.shared.testing.RandomValues;
import no.jobbstotte.shared.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

    private static final Instant SIGNED_AT = Instant.ofEpochSecond(Long.parseLong(VECTOR_TIMESTAMP));
    private static final WebhookSecret OTHER = WebhookSecret.generate(new SecureRandom());

    private final WebhookVerifier verifier = verifierAt(SIGNED_AT);

    @Test
    void verify_standardWebhooksTestVector_isVerifiedWithIdAndTimestamp() {
        WebhookVerification result = verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY,
                List.of(VECTOR_SECRET));

        assertThat(result).isEqualTo(new Verified(VECTOR_ID, SIGNED_AT));
    }

    @Test
    void verify_tamperedBody_isSignatureMismatch() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, tampered, List.of(VECTOR_SECRET)),
                Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_tamperedIdOrTimestamp_isSignatureMismatch() {
        assertRejected(verifier.verify("msg_other", VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY, List.of(VECTOR_SECRET)),
                Reason.SIGNATURE_MISMATCH);
        assertRejected(verifier.verify(VECTOR_ID, "1614265331", VECTOR_SIGNATURE, VECTOR_BODY, List.of(VECTOR_SECRET)),
                Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_wrongSecret_isSignatureMismatch() {
        assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY, List.of(OTHER)),
                Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_noActiveSecrets_isSignatureMismatch() {
        assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY, List.of()),
                Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_rotationSignedWithOldSecretOnly_isVerifiedByNewAndOldSecrets() {
        assertThat(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY, List.of(OTHER, VECTOR_SECRET)))
                .isInstanceOf(Verified.class);
    }

    @Test
    void verify_rotationSignedWithBothSecrets_isVerifiedByEitherAlone() {
        String header = WebhookSigner.signatureHeader(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, List.of(VECTOR_SECRET, OTHER));

        assertThat(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, header, VECTOR_BODY, List.of(VECTOR_SECRET)))
                .isInstanceOf(Verified.class);
        assertThat(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, header, VECTOR_BODY, List.of(OTHER)))
                .isInstanceOf(Verified.class);
    }

    @Test
    void verify_multipleSignaturesOneMatching_isVerified() {
        String wrong = "v1," + Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, wrong + "  " + VECTOR_SIGNATURE + " ", VECTOR_BODY,
                List.of(VECTOR_SECRET))).isInstanceOf(Verified.class);
    }

    @Test
    void verify_unknownVersionAlongsideV1_skipsUnknownEntry() {
        String header = "v1a,c29tZXRoaW5nIGVsc2U= " + VECTOR_SIGNATURE;

        assertThat(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, header, VECTOR_BODY, List.of(VECTOR_SECRET)))
                .isInstanceOf(Verified.class);
    }

    @Test
    void verify_exactlyFiveMinutesEitherSide_isVerified() {
        assertThat(verifierAt(SIGNED_AT.plusSeconds(300)).verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE,
                VECTOR_BODY, List.of(VECTOR_SECRET))).isInstanceOf(Verified.class);
        assertThat(verifierAt(SIGNED_AT.minusSeconds(300)).verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE,
                VECTOR_BODY, List.of(VECTOR_SECRET))).isInstanceOf(Verified.class);
    }

    @Test
    void verify_staleTimestamp_isTimestampOutOfRange() {
        assertRejected(verifierAt(SIGNED_AT.plusSeconds(301)).verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE,
                VECTOR_BODY, List.of(VECTOR_SECRET)), Reason.TIMESTAMP_OUT_OF_RANGE);
    }

    @Test
    void verify_futureTimestamp_isTimestampOutOfRange() {
        assertRejected(verifierAt(SIGNED_AT.minusSeconds(301)).verify(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE,
                VECTOR_BODY, List.of(VECTOR_SECRET)), Reason.TIMESTAMP_OUT_OF_RANGE);
    }

    @Test
    void verify_missingOrBlankHeader_isMissingHeaders() {
        List<WebhookSecret> secrets = List.of(VECTOR_SECRET);
        assertRejected(verifier.verify(null, VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY, secrets), Reason.MISSING_HEADERS);
        assertRejected(verifier.verify(VECTOR_ID, null, VECTOR_SIGNATURE, VECTOR_BODY, secrets), Reason.MISSING_HEADERS);
        assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, null, VECTOR_BODY, secrets), Reason.MISSING_HEADERS);
        assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, "  ", VECTOR_BODY, secrets), Reason.MISSING_HEADERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1614265330.0", "-1614265330", "+1614265330", "16142 65330", "1e9", "9999999999999999999999"})
    void verify_nonNumericTimestamp_isMalformed(String timestamp) {
        assertRejected(verifier.verify(VECTOR_ID, timestamp, VECTOR_SIGNATURE, VECTOR_BODY, List.of(VECTOR_SECRET)),
                Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        "v1,",
        ",g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        "v1,not*base64*at*all",
        "v1,c2hvcnQ=",
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= garbage"
    })
    void verify_malformedSignatureHeader_isMalformed(String signature) {
        assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, signature, VECTOR_BODY, List.of(VECTOR_SECRET)),
                Reason.MALFORMED);
    }

    @Test
    void verify_idWithWhitespaceOrTooLong_isMalformed() {
        assertRejected(verifier.verify("msg 1", VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY, List.of(VECTOR_SECRET)),
                Reason.MALFORMED);
        assertRejected(verifier.verify("m".repeat(257), VECTOR_TIMESTAMP, VECTOR_SIGNATURE, VECTOR_BODY,
                List.of(VECTOR_SECRET)), Reason.MALFORMED);
    }

    record SignedMessage(String id, byte[] body, WebhookSecret secret) {}

    @Test
    void verify_anySignedMessage_isVerified() {
        Tries.check(0x5EED_D001L, Tries.DEFAULT,
                random -> new SignedMessage(
                        RandomValues.stringOf(random, PRINTABLE_ASCII, 1, 64),
                        RandomValues.bytes(random, 0, 255),
                        // Any allowed key length, from the seeded generator, so a failure reproduces.
                        new WebhookSecret(RandomValues.bytes(random, WebhookSecret.MIN_BYTES, WebhookSecret.MAX_BYTES))),
                message -> {
                    String signature = WebhookSigner.sign(message.id(), VECTOR_TIMESTAMP, message.body(), message.secret());

                    assertThat(verifier.verify(message.id(), VECTOR_TIMESTAMP, signature, message.body(),
                            List.of(message.secret()))).isEqualTo(new Verified(message.id(), SIGNED_AT));
                });
    }

    record BitFlip(byte[] body, int bit) {}

    @Test
    void verify_anyBodyWithOneBitFlipped_isSignatureMismatch() {
        Tries.check(0x5EED_D002L, Tries.DEFAULT,
                random -> new BitFlip(RandomValues.bytes(random, 1, 200), random.nextInt(1600)),
                flip -> {
                    String signature = WebhookSigner.sign(VECTOR_ID, VECTOR_TIMESTAMP, flip.body(), VECTOR_SECRET);
                    byte[] tampered = flip.body().clone();
                    int index = flip.bit() / 8 % tampered.length;
                    tampered[index] ^= (byte) (1 << (flip.bit() % 8));

                    assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, signature, tampered, List.of(VECTOR_SECRET)),
                            Reason.SIGNATURE_MISMATCH);
                });
    }

    record Headers(String id, String timestamp, String signature) {}

    @Test
    void verify_anyHeaderText_neverThrows() {
        Tries.check(0x5EED_D003L, Tries.DEFAULT,
                random -> new Headers(header(random, VECTOR_ID), header(random, VECTOR_TIMESTAMP),
                        header(random, VECTOR_SIGNATURE)),
                headers -> assertThat(verifier.verify(headers.id(), headers.timestamp(), headers.signature(), VECTOR_BODY,
                        List.of(VECTOR_SECRET))).isNotNull());
    }

    private static final String PRINTABLE_ASCII = printableAscii();

    private static String printableAscii() {
        StringBuilder out = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Any header text: arbitrary strings (control characters, non-ASCII, lone surrogates), or the
     * valid header with random text spliced in, so later checks are reached too, or a run of
     * v1 entries with random payloads.
     */
    private static String header(RandomGenerator random, String valid) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> RandomValues.anyString(random, 300);
            case 2 -> {
                int at = random.nextInt(valid.length() + 1);
                yield valid.substring(0, at) + RandomValues.anyString(random, 4) + valid.substring(at);
            }
            case 3 -> valid;
            // Digit runs past 12, where a long overflows (19+) and Instant runs out (17+).
            case 4 -> RandomValues.stringOf(random, "0123456789", 1, 20);
            default -> {
                StringBuilder out = new StringBuilder();
                for (int i = RandomValues.length(random, 1, 4); i > 0; i--) {
                    out.append(RandomValues.stringOf(random, "  ", 0, 2))
                            .append(RandomValues.stringOf(random, "v1a2,", 0, 3)).append(',')
                            .append(RandomValues.stringOf(random,
                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", 0, 48));
                }
                yield out.toString();
            }
        };
    }

    @Test
    void verify_randomForgedSignatures_neverVerify() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            byte[] forged = new byte[32];
            random.nextBytes(forged);
            assertRejected(verifier.verify(VECTOR_ID, VECTOR_TIMESTAMP, "v1," + Base64.getEncoder().encodeToString(forged),
                    VECTOR_BODY, List.of(VECTOR_SECRET)), Reason.SIGNATURE_MISMATCH);
        }
    }

    private static WebhookVerifier verifierAt(Instant now) {
        return new WebhookVerifier(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertRejected(WebhookVerification result, Reason reason) {
        assertThat(result).isEqualTo(new Rejected(reason));
    }
}
