package no.jobbstotte.agreementsapi;

import static no.jobbstotte.agreementsapi.TestApi.batch;
import static no.jobbstotte.agreementsapi.TestApi.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.agreement.VersionConflict;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import no.jobbstotte.shared.validation.ValidationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgreementsApiHandlerTest {

    private final TestApi api = new TestApi();

    @Nested
    class Push {

        @Test
        void push_allValid_202WithResultsAndOneQueueMessageEach() {
            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1), item("a-2", 7))).send();

            assertThat(response.getStatusCode()).isEqualTo(202);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
            JsonNode results = api.json(response).get("results");
            assertThat(results).hasSize(2);
            assertThat(results.get(1).get("index").asInt()).isEqualTo(1);
            assertThat(results.get(1).get("agreementId").asText()).isEqualTo("a-2");
            assertThat(results.get(1).get("version").asLong()).isEqualTo(7);
            assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
            assertThat(api.queue.sent).hasSize(2);
            AgreementMessage message = api.queue.sent.get(1);
            assertThat(message.agreement().chainId()).isEqualTo(api.chainId);
            assertThat(message.agreement().agreementId()).isEqualTo("a-2");
            assertThat(message.agreement().version()).isEqualTo(7);
            assertThat(message.acceptedAt()).isEqualTo(TestApi.NOW);
            assertThat(message.requestId()).startsWith("req-");
            assertThat(message.messageGroupId()).isEqualTo(api.chainId + "#a-2");
            AgreementMessage parsed = AgreementMessage.parse(message.toJson());
            assertThat(parsed).isEqualTo(message);
        }

        @Test
        void push_queueUnavailable_noStatusSaysAccepted() {
            api.queue.failing = true;

            assertThat(api.post(batch(item("a-1", 3))).send().getStatusCode()).isEqualTo(503);

            assertThat(api.store.statuses).isEmpty();
            assertThat(api.get("a-1").send().getStatusCode()).isEqualTo(404);
        }

        @Test
        void push_queueTakesOnlySomeMessages_503AndAcceptedOnlyForThoseQueued() {
            api.queue.takesOnly = 2;

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1), item("a-2", 1), item("a-3", 1))).send();

            assertThat(response.getStatusCode()).isEqualTo(503);
            assertThat(api.store.statuses).extracting(StatusRecord::agreementId).containsExactlyInAnyOrder("a-1", "a-2");
            assertThat(api.store.statuses).extracting(StatusRecord::status).containsOnly(ProcessingStatus.ACCEPTED);
            assertThat(api.json(api.get("a-2").send()).get("processing").get("status").asText()).isEqualTo("accepted");
            assertThat(api.get("a-3").send().getStatusCode()).isEqualTo(404);
        }

        @Test
        void push_versionStoredBeforeWithOtherContent_422NamingTheConflictAndNothingQueued() {
            api.store.arrived(agreement(item("a-1", 2).put("adaptedPositions", 9)));

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 2))).send();

            assertThat(response.getStatusCode()).isEqualTo(422);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
            assertThat(api.json(response).get("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("field").asText()).isEqualTo("/items/0/version");
                assertThat(error.get("code").asText()).isEqualTo(VersionConflict.CODE);
                assertThat(error.get("message").asText()).contains("Versjon 2");
            });
            assertThat(api.queue.sent).isEmpty();
            assertThat(api.store.statuses).isEmpty();
        }

        @Test
        void push_oneConflictingOneNew_207OnlyTheNewOneQueued() {
            api.store.arrived(agreement(item("a-1", 1).put("unitName", "Rema 1000 Bislett")));

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1), item("a-2", 1))).send();

            assertThat(response.getStatusCode()).isEqualTo(207);
            JsonNode results = api.json(response).get("results");
            assertThat(results.get(0).get("status").asText()).isEqualTo("rejected");
            assertThat(results.get(0).get("errors").get(0).get("code").asText()).isEqualTo(VersionConflict.CODE);
            assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
            assertThat(api.queue.sent).extracting(m -> m.agreement().agreementId()).containsExactly("a-2");
        }

        /** Queued again it would change nothing: the sync decided it already, with this content. */
        @Test
        void push_versionStoredBeforeWithSameContent_202AcceptedButNotQueuedAgain() {
            api.store.arrived(agreement(item("a-1", 1)));

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1), item("a-2", 1))).send();

            assertThat(response.getStatusCode()).isEqualTo(202);
            assertThat(api.json(response).get("results")).extracting(r -> r.get("status").asText())
                    .containsExactly("accepted", "accepted");
            assertThat(api.queue.sent).extracting(m -> m.agreement().agreementId()).containsExactly("a-2");
            assertThat(api.store.statuses).extracting(StatusRecord::agreementId).containsExactly("a-2");
        }

        /** The item as the validator makes it an agreement of the test chain. */
        private Agreement agreement(ObjectNode item) {
            return ((ValidationResult.Valid<Agreement>) new AgreementValidator(Municipalities.bundled())
                    .validate(api.chainId, item, "/items/0")).value();
        }

        @Test
        void push_someInvalid_207WithPerItemStatusAndErrors() {
            ObjectNode bad = item("a-2", 1).put("municipalityNumber", "9999");

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1), bad)).send();

            assertThat(response.getStatusCode()).isEqualTo(207);
            JsonNode results = api.json(response).get("results");
            assertThat(results.get(0).get("status").asText()).isEqualTo("accepted");
            assertThat(results.get(0).has("errors")).isFalse();
            assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
            assertThat(results.get(1).get("agreementId").asText()).isEqualTo("a-2");
            assertThat(results.get(1).get("errors").get(0).get("field").asText()).isEqualTo("/items/1/municipalityNumber");
            assertThat(results.get(1).get("errors").get(0).get("code").asText()).isEqualTo("unknown_municipality");
            assertThat(api.queue.sent).extracting(m -> m.agreement().agreementId()).containsExactly("a-1");
        }

        @Test
        void push_sameAgreementAndVersionTwice_laterItemRejected() {
            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1), item("a-1", 1), item("a-1", 2))).send();

            assertThat(response.getStatusCode()).isEqualTo(207);
            JsonNode results = api.json(response).get("results");
            assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
            assertThat(results.get(1).get("errors").get(0).get("code").asText()).isEqualTo(PushAgreementsService.DUPLICATE_IN_BATCH);
            assertThat(api.queue.sent).extracting(m -> m.agreement().version()).containsExactly(1L, 2L);
        }

        @Test
        void push_noneValid_422ProblemWithEveryFieldError() {
            ObjectNode first = item("a-1", 0);
            ObjectNode second = item("a-2", 1).put("type", "regional");

            APIGatewayV2HTTPResponse response = api.post(batch(first, second)).send();

            assertThat(response.getStatusCode()).isEqualTo(422);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
            JsonNode problem = api.json(response);
            assertThat(problem.get("type").asText()).endsWith("/unprocessable");
            assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                    .containsExactly("/items/0/version", "/items/1/type");
            assertThat(api.queue.sent).isEmpty();
            assertThat(api.store.statuses).isEmpty();
        }

        @Test
        void push_queueUnavailable_503ProblemWithRetryAfter() {
            api.queue.failing = true;

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 1))).send();

            assertThat(response.getStatusCode()).isEqualTo(503);
            assertThat(response.getHeaders()).containsKey("Retry-After");
            assertThat(response.getBody()).doesNotContain("simulated");
        }

        @Test
        void push_batchOf100_acceptedAndSentInFull() {
            JsonNode[] items = IntStream.range(0, 100).mapToObj(i -> item("a-" + i, 1)).toArray(JsonNode[]::new);

            assertThat(api.post(batch(items)).send().getStatusCode()).isEqualTo(202);
            assertThat(api.queue.sent).hasSize(100);
            assertThat(api.store.statuses).extracting(StatusRecord::agreementId)
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 100).mapToObj(i -> "a-" + i).toList());
        }

        @Test
        void push_oneStatusWriteFails_500AfterEverythingWasQueued() {
            api.store.unwritableStatusOf = "a-57";
            JsonNode[] items = IntStream.range(0, 100).mapToObj(i -> item("a-" + i, 1)).toArray(JsonNode[]::new);

            APIGatewayV2HTTPResponse response = api.post(batch(items)).send();

            // Statuses follow the queue: the versions are on their way and a retry queues them once.
            assertThat(response.getStatusCode()).isEqualTo(500);
            assertThat(response.getBody()).doesNotContain("status table");
            assertThat(api.queue.sent).hasSize(100);
        }
    }

    /**
     * Text SQS would refuse, sent as JSON escapes or as raw bytes: refused with 422 before any
     * status is written or anything queued, so no retry loop on 503 and nothing left "accepted".
     */
    @Nested
    class UntransmittableText {

        private static final List<String> ESCAPES = List.of("\\ud800", "\\udc00", "\\uffff", "\\ufffe");

        /** The batch's JSON text with {@code escape} (JSON escape text, not a char) inside item {@code index}'s field. */
        private String withEscape(String field, String escape, int index, ObjectNode... items) {
            String value = items[index].get(field).textValue();
            items[index].put(field, "@@BAD@@");
            return batch(items).replace("@@BAD@@", value + escape);
        }

        @Test
        void push_escapeInAnyStringField_422NamingTheFieldAndNothingRecorded() {
            for (String field : AgreementValidatorTest.UntransmittableText.stringFields()) {
                for (String escape : ESCAPES) {
                    APIGatewayV2HTTPResponse response = api.post(withEscape(field, escape, 0, item("a-1", 1))).send();

                    assertThat(response.getStatusCode()).as(field + " " + escape).isEqualTo(422);
                    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
                    assertThat(api.json(response).get("errors")).singleElement().satisfies(error -> {
                        assertThat(error.get("field").asText()).isEqualTo("/items/0/" + field);
                        assertThat(error.get("code").asText()).isEqualTo("invalid_format");
                    });
                }
            }
            assertThat(api.store.statuses).isEmpty();
            assertThat(api.queue.sent).isEmpty();
        }

        @Test
        void push_oneValidOneWithEscape_207LikeAnyInvalidItemAndOnlyTheValidOneAccepted() {
            APIGatewayV2HTTPResponse response = api.post(withEscape("contactRole", "\\ud800", 1,
                    item("a-1", 1), item("a-2", 1))).send();

            assertThat(response.getStatusCode()).isEqualTo(207);
            JsonNode results = api.json(response).get("results");
            assertThat(results.get(0).get("status").asText()).isEqualTo("accepted");
            assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
            assertThat(results.get(1).get("errors").get(0).get("field").asText()).isEqualTo("/items/1/contactRole");
            assertThat(api.queue.sent).extracting(m -> m.agreement().agreementId()).containsExactly("a-1");
            assertThat(api.store.statuses).extracting(StatusRecord::agreementId).containsExactly("a-1");
            assertThat(api.get("a-2").send().getStatusCode()).isEqualTo(404);
            assertThat(api.json(api.get("a-1").send()).get("processing").get("status").asText()).isEqualTo("accepted");
        }

        @Test
        void push_rawBytesOfANoncharacter_422_ofASurrogateOrInvalidUtf8_400() {
            for (byte[] bad : new byte[][] {{(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}}) {
                // Well-formed UTF-8 for U+FFFF and U+FFFE: decoded, so the validator must see them.
                APIGatewayV2HTTPResponse response = rawPost(bad);
                assertThat(response.getStatusCode()).as(HexFormat.of().formatHex(bad)).isEqualTo(422);
                assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("/items/0/unitName");
            }
            byte[][] notUtf8 = {
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800 encoded as if it were a character (CESU-8)
                {(byte) 0xED, (byte) 0xB0, (byte) 0x80}, // U+DC00
                {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80},
            };
            for (byte[] bad : notUtf8) {
                assertThat(rawPost(bad).getStatusCode()).as(HexFormat.of().formatHex(bad)).isEqualTo(400);
            }
            assertThat(api.store.statuses).isEmpty();
            assertThat(api.queue.sent).isEmpty();
        }

        private APIGatewayV2HTTPResponse rawPost(byte[] bad) {
            String[] halves = batch(item("a-1", 1).put("unitName", "Rema@@BAD@@")).split("@@BAD@@");
            byte[] head = halves[0].getBytes(StandardCharsets.UTF_8);
            byte[] tail = halves[1].getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad, 0, body, head.length, bad.length);
            System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
            return api.new Request("POST", api.chainId, null, body).header("content-type", "application/json")
                    .base64Encoded().send();
        }
    }

    @Nested
    class BadRequests {

        @Test
        void push_bodyOver1MB_413BeforeAnythingElse() {
            byte[] big = new byte[RequestReader.MAX_BODY_BYTES + 1];
            java.util.Arrays.fill(big, (byte) ' ');
            APIGatewayV2HTTPResponse response = api.post(new String(big, StandardCharsets.UTF_8)).unsigned().send();

            assertThat(response.getStatusCode()).isEqualTo(413);
            assertThat(api.json(response).get("type").asText()).endsWith("/payload-too-large");
        }

        @Test
        void push_wrongOrMissingContentType_415() {
            String body = batch(item("a-1", 1));
            assertThat(api.post(body).header("content-type", "text/plain").send().getStatusCode()).isEqualTo(415);
            assertThat(api.post(body).header("content-type", "application/json; charset=latin1").send().getStatusCode())
                    .isEqualTo(415);
            TestApi.Request noType = api.post(body);
            noType.headers.remove("content-type");
            assertThat(noType.send().getStatusCode()).isEqualTo(415);
            assertThat(api.post(body).header("content-type", "application/json; charset=UTF-8").send().getStatusCode())
                    .isEqualTo(202);
        }

        @Test
        void push_notJson_400() {
            assertThat(api.post("{\"items\": [").send().getStatusCode()).isEqualTo(400);
            assertThat(api.post("").send().getStatusCode()).isEqualTo(400);
            assertThat(api.post("[]").send().getStatusCode()).isEqualTo(400);
            assertThat(api.post("{\"items\":[],\"items\":[]}").send().getStatusCode()).isEqualTo(400);
        }

        @Test
        void push_noItemsOrTooMany_400WithFieldError() {
            for (String body : List.of("{}", "{\"items\":[]}", "{\"items\":{}}",
                    batch(IntStream.range(0, 101).mapToObj(i -> item("a-" + i, 1)).toArray(JsonNode[]::new)))) {
                APIGatewayV2HTTPResponse response = api.post(body).send();
                assertThat(response.getStatusCode()).as(body.length() > 80 ? "101 items" : body).isEqualTo(400);
                assertThat(api.json(response).get("errors").get(0).get("field").asText()).isEqualTo("/items");
            }
            assertThat(api.queue.sent).isEmpty();
        }

        @Test
        void push_unknownTopLevelField_400() {
            APIGatewayV2HTTPResponse response = api.post("{\"items\":[" + item("a-1", 1) + "],\"extra\":1}").send();

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(api.json(response).get("errors").get(0).get("code").asText()).isEqualTo("unknown_field");
        }

        @Test
        void push_invalidIdempotencyKey_400() {
            String body = batch(item("a-1", 1));
            assertThat(api.post(body).header("Idempotency-Key", "has space").send().getStatusCode()).isEqualTo(400);
            assertThat(api.post(body).header("Idempotency-Key", "k".repeat(129)).send().getStatusCode()).isEqualTo(400);
            assertThat(api.post(body).header("Idempotency-Key", "").send().getStatusCode()).isEqualTo(400);
        }

        @Test
        void anyRequest_unexpectedFailure_500WithoutExceptionText() {
            AgreementsApiHandler handler = TestApi.handler(
                    new RequestAuthenticator(new Fakes.InMemoryChains() {
                        @Override
                        public Optional<EmployerChain> find(String chainId) {
                            throw new IllegalStateException("secret internals: table xyz");
                        }
                    }, api.keys, api.requestLog, new no.jobbstotte.agreementsapi.webhook.WebhookVerifier(api.clock), api.clock),
                    null, api.store, api.queue, api.requestLog, api.clock);

            APIGatewayV2HTTPResponse response = handler.handleRequest(api.post(batch(item("a-1", 1))).event(), null);

            assertThat(response.getStatusCode()).isEqualTo(500);
            assertThat(response.getBody()).doesNotContain("secret internals").doesNotContain("IllegalState");
        }

        @Test
        void postOnItemRoute_405WithAllow() {
            TestApi.Request request = api.new Request("POST", api.chainId, "a-1", new byte[0]);
            APIGatewayV2HTTPResponse response = request.send();

            assertThat(response.getStatusCode()).isEqualTo(405);
            assertThat(response.getHeaders()).containsEntry("Allow", "GET");
        }
    }

    @Nested
    class Authentication {

        private final String body = batch(item("a-1", 1));

        private void assertUnauthorized(APIGatewayV2HTTPResponse response) {
            assertThat(response.getStatusCode()).isEqualTo(401);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
            assertThat(response.getBody()).isEqualTo(unauthorizedBody());
            assertThat(api.queue.sent).isEmpty();
        }

        private String unauthorizedBody() {
            return new no.jobbstotte.shared.http.HttpResponses().problem(RequestAuthenticator.unauthorized()).getBody();
        }

        @Test
        void push_tamperedBody_401() {
            assertUnauthorized(api.post(body).signedBody(batch(item("a-1", 2)).getBytes(StandardCharsets.UTF_8)).send());
        }

        @Test
        void push_wrongSecret_401() {
            assertUnauthorized(api.post(body).signedWith(WebhookSecret.generate(new java.security.SecureRandom())).send());
        }

        @Test
        void push_rotation_oldAndNewSecretBothValidUntilOldRevoked() {
            WebhookSecret newer = api.newSecret(api.chainId);

            assertThat(api.post(body).signedWith(api.secret).send().getStatusCode()).isEqualTo(202);
            assertThat(api.post(body).signedWith(newer).send().getStatusCode()).isEqualTo(202);
            assertThat(api.post(body).signedWith(api.secret, newer).send().getStatusCode()).isEqualTo(202);

            api.chains.revoke(api.chainId, api.secretId, api.clock.instant());

            assertThat(api.post(body).signedWith(newer).send().getStatusCode()).isEqualTo(202);
            assertThat(api.post(body).signedWith(api.secret, newer).send().getStatusCode()).isEqualTo(202);
            int sent = api.queue.sent.size();
            APIGatewayV2HTTPResponse revoked = api.post(body).signedWith(api.secret).send();
            assertThat(revoked.getStatusCode()).isEqualTo(401);
            assertThat(api.queue.sent).hasSize(sent);
        }

        @Test
        void push_revokedSecret_401() {
            api.chains.revoke(api.chainId, api.secretId, api.clock.instant());

            assertUnauthorized(api.post(body).send());
        }

        @Test
        void push_staleOrFutureTimestamp_401() {
            assertUnauthorized(api.post(body).signedAt(TestApi.NOW.minus(Duration.ofMinutes(5)).minusSeconds(1)).send());
            assertUnauthorized(api.post(body).signedAt(TestApi.NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)).send());
            assertThat(api.post(body).signedAt(TestApi.NOW.minus(Duration.ofMinutes(4))).send().getStatusCode()).isEqualTo(202);
        }

        @Test
        void push_replayedWebhookId_401EvenWithValidSignature() {
            TestApi.Request first = api.post(body).webhookId("msg_once");
            assertThat(first.send().getStatusCode()).isEqualTo(202);
            api.advance(Duration.ofSeconds(30));

            APIGatewayV2HTTPResponse replay = api.post(body).webhookId("msg_once").send();

            assertThat(replay.getStatusCode()).isEqualTo(401);
            assertThat(replay.getBody()).isEqualTo(unauthorizedBody());
            assertThat(api.queue.sent).hasSize(1);
        }

        @Test
        void push_webhookIdAfterItsRecordExpired_countsAsNew() {
            assertThat(api.post(body).webhookId("msg_old").send().getStatusCode()).isEqualTo(202);
            api.advance(RequestLog.WEBHOOK_ID_TTL.plusSeconds(1));

            assertThat(api.post(body).webhookId("msg_old").send().getStatusCode()).isEqualTo(202);
        }

        @Test
        void push_missingHeaders_401() {
            assertUnauthorized(api.post(body).unsigned().send());
            for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                TestApi.Request request = api.post(body);
                var event = request.event();
                event.getHeaders().remove(header);
                assertUnauthorized(api.handler.handleRequest(event, null));
            }
        }

        @Test
        void push_unknownDisabledOrInvalidChain_401WithSameBody() {
            assertUnauthorized(api.post(body).chain("no-such-chain").send());
            assertUnauthorized(api.post(body).chain("bad chain id/..").send());
            api.chains.disable(api.chainId);
            assertUnauthorized(api.post(body).send());
        }

        @Test
        void get_unsignedOrSignedWithOtherChainsSecret_401() {
            TestApi other = new TestApi();
            assertUnauthorized(api.get("a-1").unsigned().send());
            assertUnauthorized(api.get("a-1").signedWith(other.secret).send());
            assertUnauthorized(api.list().signedWith(other.secret).send());
        }

        @Test
        void refusals_randomHeaderCorruptions_neverAccepted() {
            Random random = new Random(20260302L);
            for (int run = 0; run < 300; run++) {
                TestApi.Request request = api.post(body);
                var event = request.event();
                String name = List.of("webhook-id", "webhook-timestamp", "webhook-signature").get(random.nextInt(3));
                char[] value = event.getHeaders().get(name).toCharArray();
                int at = random.nextInt(value.length);
                char replacement = (char) (0x21 + random.nextInt(0x5e));
                if (value[at] == replacement || name.equals("webhook-signature") && at < 3) {
                    continue;
                }
                value[at] = replacement;
                String corrupted = new String(value);
                if (name.equals("webhook-signature") && sameBytes(event.getHeaders().get(name), corrupted)) {
                    continue; // the unused low bits of base64's last character: still the same signature
                }
                event.getHeaders().put(name, corrupted);
                APIGatewayV2HTTPResponse response = api.handler.handleRequest(event, null);
                assertThat(response.getStatusCode()).as("run %d, %s", run, name).isEqualTo(401);
            }
            assertThat(api.queue.sent).isEmpty();
        }

        private static boolean sameBytes(String signature, String corrupted) {
            try {
                return java.util.Arrays.equals(java.util.Base64.getDecoder().decode(signature.substring(3)),
                        java.util.Base64.getDecoder().decode(corrupted.substring(3)));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    @Nested
    class Idempotency {

        private final String body = batch(item("a-1", 1), item("a-2", 1).put("status", "paused"));

        @Test
        void push_retryWithSameKeyAndBody_returnsOriginalStatusAndBodyWithoutResending() {
            APIGatewayV2HTTPResponse first = api.post(body).header("Idempotency-Key", "batch-42").send();
            assertThat(first.getStatusCode()).isEqualTo(207);

            api.advance(Duration.ofHours(23));
            APIGatewayV2HTTPResponse retry = api.post(body).header("Idempotency-Key", "batch-42").send();

            assertThat(retry.getStatusCode()).isEqualTo(207);
            assertThat(retry.getBody()).isEqualTo(first.getBody());
            assertThat(api.queue.sent).hasSize(1);
        }

        @Test
        void push_sameKeyDifferentBody_422() {
            api.post(body).header("Idempotency-Key", "batch-43").send();

            APIGatewayV2HTTPResponse other = api.post(batch(item("a-9", 1))).header("Idempotency-Key", "batch-43").send();

            assertThat(other.getStatusCode()).isEqualTo(422);
            assertThat(api.json(other).get("errors").get(0).get("field").asText()).isEqualTo("/headers/Idempotency-Key");
        }

        @Test
        void push_sameKeyAfter24Hours_processedAgain() {
            api.post(body).header("Idempotency-Key", "batch-44").send();
            api.advance(RequestLog.IDEMPOTENCY_TTL.plusSeconds(1));

            assertThat(api.post(batch(item("a-9", 1))).header("Idempotency-Key", "batch-44").send().getStatusCode())
                    .isEqualTo(202);
        }

        @Test
        void push_failedAttemptNotStored_retryWithSameKeyIsProcessed() {
            api.queue.failing = true;
            assertThat(api.post(body).header("Idempotency-Key", "batch-45").send().getStatusCode()).isEqualTo(503);
            api.queue.failing = false;

            assertThat(api.post(body).header("Idempotency-Key", "batch-45").send().getStatusCode()).isEqualTo(207);
            assertThat(api.queue.sent).hasSize(1);
        }

        @Test
        void push_422NotStored_sameKeyUsableForCorrectedBody() {
            assertThat(api.post(batch(item("a-1", 0))).header("Idempotency-Key", "batch-46").send().getStatusCode())
                    .isEqualTo(422);

            assertThat(api.post(batch(item("a-1", 1))).header("Idempotency-Key", "batch-46").send().getStatusCode())
                    .isEqualTo(202);
        }

        @Test
        void push_sameKeyOtherChain_independent() {
            TestApi.Request first = api.post(body).header("Idempotency-Key", "shared-key");
            assertThat(first.send().getStatusCode()).isEqualTo(207);
            String other = "other-" + api.chainId;
            api.chains.register(other, "Annen kjede");
            WebhookSecret otherSecret = api.newSecret(other);

            APIGatewayV2HTTPResponse response = api.post(batch(item("a-1", 5))).chain(other).signedWith(otherSecret)
                    .header("Idempotency-Key", "shared-key").send();

            assertThat(response.getStatusCode()).isEqualTo(202);
        }
    }

    @Nested
    class Read {

        private Agreement agreement(String chainId, String agreementId, long version) {
            return new Agreement(chainId, agreementId, version, Agreement.Type.FRAMEWORK,
                    OrganisationNumber.parse("964951284"), "Kjedeavtale", "0301", LocalDate.of(2024, 1, 1),
                    Optional.empty(), 10, "HR-sjef", Agreement.Status.ACTIVE);
        }

        @Test
        void get_storedAgreement_200WithCurrentStateVersionAndStatus() {
            api.store.put(agreement(api.chainId, "a-1", 3), TestApi.NOW.minusSeconds(60));
            api.store.recordStatus(new StatusRecord(api.chainId, "a-1", 3, ProcessingStatus.STORED, null, TestApi.NOW));

            APIGatewayV2HTTPResponse response = api.get("a-1").send();

            assertThat(response.getStatusCode()).isEqualTo(200);
            JsonNode body = api.json(response);
            assertThat(body.get("version").asLong()).isEqualTo(3);
            assertThat(body.get("agreement").get("unitName").asText()).isEqualTo("Kjedeavtale");
            assertThat(body.get("agreement").has("validTo")).isFalse();
            assertThat(body.get("processing").get("status").asText()).isEqualTo("stored");
        }

        @Test
        void get_acceptedNotYetStored_200WithStatusOnly() {
            api.post(batch(item("a-7", 2))).send();

            JsonNode body = api.json(api.get("a-7").send());

            assertThat(body.has("agreement")).isFalse();
            assertThat(body.get("processing").get("status").asText()).isEqualTo("accepted");
            assertThat(body.get("processing").get("version").asLong()).isEqualTo(2);
        }

        @Test
        void get_rejectedVersion_showsReason() {
            api.store.put(agreement(api.chainId, "a-1", 3), TestApi.NOW);
            api.store.recordStatus(new StatusRecord(api.chainId, "a-1", 4, ProcessingStatus.REJECTED,
                    "conflicting_version", TestApi.NOW));

            JsonNode processing = api.json(api.get("a-1").send()).get("processing");

            assertThat(processing.get("status").asText()).isEqualTo("rejected");
            assertThat(processing.get("reason").asText()).isEqualTo("conflicting_version");
        }

        @Test
        void get_otherChainsAgreement_404() {
            api.store.put(agreement("someone-else", "theirs", 1), TestApi.NOW);
            api.store.recordStatus(new StatusRecord("someone-else", "theirs", 1, ProcessingStatus.STORED, null, TestApi.NOW));

            APIGatewayV2HTTPResponse response = api.get("theirs").send();

            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(response.getBody()).doesNotContain("someone-else");
        }

        @Test
        void get_unknownOrInvalidId_404() {
            assertThat(api.get("nope").send().getStatusCode()).isEqualTo(404);
            assertThat(api.get("bad id").send().getStatusCode()).isEqualTo(404);
        }

        @Test
        void list_pagesThroughEveryAgreementUpdatedSince_exactlyOnce() {
            Random random = new Random(42);
            for (int i = 0; i < 23; i++) {
                api.store.put(agreement(api.chainId, "a-" + i, 1), TestApi.NOW.minusSeconds(random.nextInt(3_600)));
            }
            api.store.put(agreement("someone-else", "x", 1), TestApi.NOW);
            Instant since = TestApi.NOW.minusSeconds(1_800);
            long expected = api.store.current.values().stream()
                    .filter(s -> s.agreement().chainId().equals(api.chainId) && !s.updatedAt().isBefore(since)).count();

            Set<String> seen = new HashSet<>();
            List<Integer> pageSizes = new ArrayList<>();
            String cursor = null;
            do {
                TestApi.Request request = api.list().query("updatedSince", since.toString()).query("limit", "5");
                if (cursor != null) {
                    request.query("cursor", cursor);
                }
                APIGatewayV2HTTPResponse response = request.send();
                assertThat(response.getStatusCode()).isEqualTo(200);
                JsonNode body = api.json(response);
                pageSizes.add(body.get("items").size());
                body.get("items").forEach(item -> {
                    assertThat(item.get("chainId").asText()).isEqualTo(api.chainId);
                    assertThat(Instant.parse(item.get("updatedAt").asText())).isAfterOrEqualTo(since);
                    assertThat(seen.add(item.get("agreementId").asText())).isTrue();
                });
                cursor = body.has("nextCursor") ? body.get("nextCursor").asText() : null;
            } while (cursor != null);

            assertThat(seen).hasSize((int) expected);
            assertThat(pageSizes.subList(0, pageSizes.size() - 1)).allMatch(size -> size == 5);
        }

        @Test
        void list_badParameters_400WithFieldErrors() {
            APIGatewayV2HTTPResponse response = api.list().query("updatedSince", "yesterday").query("limit", "0").send();

            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(api.json(response).get("errors")).extracting(e -> e.get("field").asText())
                    .containsExactly("/query/updatedSince", "/query/limit");
            assertThat(api.list().query("limit", "101").send().getStatusCode()).isEqualTo(400);
            assertThat(api.list().query("cursor", "forged").send().getStatusCode()).isEqualTo(400);
        }

        @Test
        void list_noParameters_defaultsToEverything() {
            api.store.put(agreement(api.chainId, "a-1", 1), Instant.parse("2001-01-01T00:00:00Z"));

            JsonNode body = api.json(api.list().send());

            assertThat(body.get("items")).hasSize(1);
            assertThat(body.has("nextCursor")).isFalse();
        }
    }
}
