package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;
import no.jobbstotte.shared.secret.ManagedSecret;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seeded fuzzing of the digests' action-link route (FollowUpActionsHttpApi): garbage and
 * markup tokens, fuzzed bodies and content types, and tokens signed with the real key, as they
 * are and with one character changed ("Utført", "Utsett" with a fuzzed {@code days} field and
 * "Registrer arbeidsgiverkontakt" with fuzzed {@code faceToFace} and {@code employerOrgNumber}),
 * for placements that do not exist, expired or not. Every
 * answer keeps the contract in {@link Fixtures#checkAnswer}, and none of them creates a placement.
 */
@Order(11)
class HardeningActionLinkFuzzTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final long SEED = 20261207L;
    private static final int CASES = 120;
    private static final String ROUTE = "/v1/followup-actions";

    @Test
    void actionLinks_fuzzedRequests_neverA5xx_andNothingChanges() {
        LocalCloud cloud = CLOUD.cloud();
        ActionLinkSigner signer = new ActionLinkSigner(new ManagedSecret(cloud.secretsManager(),
                cloud.secretArn("FollowUpActionSigningSecret")));
        SplittableRandom seeds = new SplittableRandom(Long.getLong("jobbstotte.seed", SEED));
        List<String> placements = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            Fuzz fuzz = new Fuzz(new SplittableRandom(seed));
            int kind = fuzz.nextInt(6);
            String what = "action-link case " + i + " kind " + kind + " (seed " + seed + "L)";
            String accept = fuzz.pick(List.of("application/json", "text/html", "*/*", "text/html,application/xhtml+xml"));
            String token = switch (kind) {
                case 3, 4 -> {
                    String placement = "fz-" + fuzz.nextInt(1_000_000);
                    placements.add(placement);
                    String signed = signer.sign(new ActionLink(fuzz.pick(List.of(ActionLink.Action.values())), placement,
                            fuzz.pick(List.of(Party.values())), LocalDate.of(2026, 1, 1).plusDays(fuzz.nextInt(800)),
                            Instant.now().plusSeconds(fuzz.chance(30) ? -60 : 3600)));
                    yield kind == 3 ? signed : flipOne(fuzz, signed);
                }
                default -> fuzz.chance(20) ? "\"><script>alert(1)</script>" : fuzz.string();
            };
            HttpResponse<String> response = switch (kind) {
                case 0, 3 -> fuzz.chance(50) ? get(cloud, token, accept) : post(cloud, "application/x-www-form-urlencoded",
                        ("token=" + Http.encode(token) + days(fuzz) + contact(fuzz)).getBytes(StandardCharsets.UTF_8), accept);
                case 1 -> post(cloud, fuzz.pick(List.of("application/json", "application/json; charset=utf-8")),
                        fuzz.json(List.of("token", "days", "action", "faceToFace", "employerOrgNumber"), 3).toString().getBytes(StandardCharsets.UTF_8), accept);
                case 4 -> post(cloud, "application/json",
                        ("{\"token\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8), accept);
                default -> post(cloud, fuzz.pick(List.of("text/plain", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json")), fuzz.bytes(5000), accept);
            };
            Fixtures.checkAnswer(response, true, what);
            assertThat(response.body()).as(what).doesNotContain("<script>");
            if (kind == 3 || kind == 4) {
                assertThat(response.statusCode()).as(what + ": " + response.body()).isIn(400, 409, 410);
                SuiteStats.REFUSALS_VERIFIED.incrementAndGet();
            }
        }
        for (String placement : placements) {
            assertThat(cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable")).consistentRead(true)
                    .key(Map.of("placementId", AttributeValue.fromS(placement)))).hasItem()).as(placement).isFalse();
        }
        SuiteStats.HTTP_FUZZ_CASES.addAndGet(CASES);
        SuiteStats.FUZZ_CASES.addAndGet(CASES);
    }

    /** The "Utsett" form's field: absent, a valid choice, out of range, or anything at all. */
    private static String days(Fuzz fuzz) {
        return switch (fuzz.nextInt(4)) {
            case 0 -> "";
            case 1 -> "&days=" + (1 + fuzz.nextInt(10));
            case 2 -> "&days=" + fuzz.pick(List.of("0", "11", "-1", "5.0", "99999999999", ""));
            default -> "&days=" + Http.encode(fuzz.string());
        };
    }

    /** The employer-contact form's fields: absent, valid, or anything at all. */
    private static String contact(Fuzz fuzz) {
        return switch (fuzz.nextInt(4)) {
            case 0 -> "";
            case 1 -> "&faceToFace=" + fuzz.pick(List.of("true", "false")) + "&employerOrgNumber="
                    + fuzz.pick(List.of("", "923609016", "923+609+016"));
            case 2 -> "&faceToFace=" + fuzz.pick(List.of("ja", "", "TRUE")) + "&employerOrgNumber="
                    + fuzz.pick(List.of("923609017", "12345678", "9236090160"));
            default -> "&faceToFace=" + Http.encode(fuzz.string()) + "&employerOrgNumber=" + Http.encode(fuzz.string());
        };
    }

    private static String flipOne(Fuzz fuzz, String token) {
        int at = fuzz.nextInt(token.length());
        char c = token.charAt(at);
        return token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    private static HttpResponse<String> get(LocalCloud cloud, String token, String accept) {
        return Http.send(Http.request(cloud, ROUTE + "?token=" + Http.encode(token)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> post(LocalCloud cloud, String contentType, byte[] body, String accept) {
        return Http.send(Http.request(cloud, ROUTE).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
