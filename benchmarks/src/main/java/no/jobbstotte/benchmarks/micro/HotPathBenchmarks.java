package no.jobbstotte.benchmarks.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.jobbstotte.agreementsapi.AgreementValidator;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookSigner;
import no.jobbstotte.agreementsapi.webhook.WebhookVerifier;
import no.jobbstotte.shared.domain.Municipalities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot pure code on the agreements path: verifying a 100-item batch's signature, and validating
 * one agreement item. Steady state (C2), so these say what the code costs, not what a cold start
 * costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathBenchmarks {

    private WebhookVerifier verifier;
    private List<WebhookSecret> secrets;
    private String id;
    private String timestamp;
    private String signature;
    private byte[] body;
    private AgreementValidator validator;
    private JsonNode item;

    @Setup
    public void setUp() throws Exception {
        Instant now = Instant.parse("2026-11-25T07:00:00Z");
        verifier = new WebhookVerifier(Clock.fixed(now, ZoneOffset.UTC));
        Random random = new Random(1);
        WebhookSecret other = WebhookSecret.generate(new java.security.SecureRandom(new byte[] {1}));
        WebhookSecret secret = WebhookSecret.generate(new java.security.SecureRandom(new byte[] {2}));
        secrets = List.of(other, secret); // the matching secret second: a rotation window
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 100; i++) {
            json.append(i == 0 ? "" : ",").append("{\"agreementId\":\"a-").append(i).append("\",\"version\":1,")
                    .append("\"type\":\"local\",\"employerOrgNumber\":\"")
                    .append(no.jobbstotte.shared.domain.OrganisationNumber.generate(random).value())
                    .append("\",\"unitName\":\"Enhet ").append(i).append("\",\"municipalityNumber\":\"0301\",")
                    .append("\"validFrom\":\"2026-01-01\",\"adaptedPositions\":2,\"contactRole\":\"butikksjef\",\"status\":\"active\"}");
        }
        body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        id = "msg_bench";
        timestamp = String.valueOf(now.getEpochSecond());
        signature = WebhookSigner.signatureHeader(id, timestamp, body, List.of(secret));
        validator = new AgreementValidator(Municipalities.bundled());
        item = new ObjectMapper().readTree(body).get("items").get(0);
    }

    @Benchmark
    public Object verifySignature100ItemBatch() {
        return verifier.verify(id, timestamp, signature, body, secrets);
    }

    @Benchmark
    public Object validateOneAgreement() {
        return validator.validate("bench-chain", item, "/items/0");
    }
}
