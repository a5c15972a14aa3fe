package no.jobbstotte.volunteersignup;

import static no.jobbstotte.volunteersignup.VolunteerApi.FORM;
import static no.jobbstotte.volunteersignup.VolunteerApi.JSON;
import static no.jobbstotte.volunteersignup.VolunteerApi.signup;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class VolunteerSignupIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private VolunteerApi api;

    @BeforeEach
    void setUp() {
        api = new VolunteerApi(CLOUD.cloud());
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return VolunteerApi.MAPPER.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /**
     * Issue #14, item 6: the pepper is VolunteerEmailPepperSecret's value in Secrets Manager, not a
     * template parameter in the function's environment.
     */
    @Test
    void signUp_keysTheAddressWithThePepperFromSecretsManager_whichNoEnvironmentHolds() throws Exception {
        ObjectNode body = signup();
        String email = body.get("email").asText();
        String arn = CLOUD.cloud().secretArn("VolunteerEmailPepperSecret");
        String pepper = CLOUD.cloud().secretsManager().getSecretValue(r -> r.secretId(arn)).secretString();

        assertThat(api.postJson("/v1/volunteers", body).statusCode()).isEqualTo(202);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hash = HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
        assertThat(api.items("EMAIL#")).extracting(item -> item.get("pk").s()).containsExactly("EMAIL#" + hash);
        Map<String, String> environment = CLOUD.cloud().functionEnvironment("VolunteerSignupFunction");
        assertThat(environment).containsEntry("EMAIL_PEPPER_SECRET_ARN", arn).doesNotContainKey("EMAIL_PEPPER");
        assertThat(environment.values()).noneMatch(value -> value.contains(pepper));
    }

    @Nested
    class SignUpAndConfirm {

        @Test
        void signUp_thenConfirmThroughMailedLink_confirmsCountsAndForgetsNothingSensitiveInLogs() {
            ObjectNode body = signup();
            String email = body.get("email").asText();

            HttpResponse<String> accepted = api.postJson("/v1/volunteers", body);

            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(json(accepted).get("status").asText()).isEqualTo("pending");
            SentEmail mail = api.mailsTo(email, 1).get(0);
            assertThat(mail.subject()).contains("Bekreft");
            assertThat(mail.text()).contains("Hei Kari!").contains("https://frivillig.jobbstotte.example/v1/volunteers/confirm?token=");
            String token = VolunteerApi.token(mail, "confirm");
            Map<String, AttributeValue> pending = api.items("VOLUNTEER#").get(0);
            assertThat(pending.get("status").s()).isEqualTo("PENDING");
            assertThat(pending.get("phone").s()).isEqualTo("+4791234567");
            assertThat(pending).containsKey("expiresAt").doesNotContainKey("confirmedDay");
            assertThat(api.items("TOKEN#")).singleElement()
                    .satisfies(t -> assertThat(t.get("pk").s()).isEqualTo("TOKEN#" + Secrets.tokenHash(token)));
            assertThat(api.items("")).allSatisfy(item -> assertThat(item.toString()).doesNotContain(token));

            HttpResponse<String> page = api.get("/v1/volunteers/confirm?token=" + token, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<form method=\"post\" action=\"/v1/volunteers/confirm\"").contains(token);
            assertThat(api.items("VOLUNTEER#").get(0).get("status").s()).as("GET must not confirm").isEqualTo("PENDING");

            HttpResponse<String> confirmed = api.postJson("/v1/volunteers/confirm", Map.of("token", token));

            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(json(confirmed).get("status").asText()).isEqualTo("confirmed");
            Map<String, AttributeValue> volunteer = api.items("VOLUNTEER#").get(0);
            assertThat(volunteer.get("status").s()).isEqualTo("CONFIRMED");
            assertThat(volunteer).containsKey("confirmedDay").doesNotContainKey("expiresAt");
            assertThat(api.items("EMAIL#")).singleElement().satisfies(e -> assertThat(e).doesNotContainKey("expiresAt"));
            assertThat(api.counts()).as("one count, under the id kept on the person, with no personal data").singleElement()
                    .isEqualTo(Map.of("countId", volunteer.get("countId"), "municipalityNumber", AttributeValue.fromS("0301"),
                            "month", AttributeValue.fromS(volunteer.get("confirmedDay").s().substring(0, 7))));

            HttpResponse<String> again = api.post("/v1/volunteers/confirm", FORM, "token=" + token);
            assertThat(again.statusCode()).as("confirming twice is harmless").isEqualTo(200);
            assertThat(again.body()).contains("Påmeldingen er bekreftet");
            assertThat(api.counts()).hasSize(1);
        }

        @Test
        void confirm_pendingSignupPastExpiresAt_isRefusedAndStaysPending() {
            ObjectNode body = signup();
            api.postJson("/v1/volunteers", body);
            String token = VolunteerApi.token(api.mailsTo(body.get("email").asText(), 1).get(0), "confirm");
            String past = Long.toString(Instant.now().minusSeconds(60).getEpochSecond());
            api.update(api.items("VOLUNTEER#").get(0).get("pk").s(), "SET expiresAt = :t", Map.of(":t", AttributeValue.fromN(past)));

            HttpResponse<String> refused = api.postJson("/v1/volunteers/confirm", Map.of("token", token));

            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(contentType(refused)).startsWith("application/problem+json");
            assertThat(json(refused).get("type").asText()).endsWith("/invalid-link");
            assertThat(api.items("VOLUNTEER#").get(0).get("status").s()).isEqualTo("PENDING");
            assertThat(api.counts()).isEmpty();
        }

        @Test
        void confirm_tokenPastExpiresAt_isRefused_andAddressCanSignUpAfresh() {
            ObjectNode body = signup();
            String email = body.get("email").asText();
            api.postJson("/v1/volunteers", body);
            String token = VolunteerApi.token(api.mailsTo(email, 1).get(0), "confirm");
            AttributeValue past = AttributeValue.fromN(Long.toString(Instant.now().minusSeconds(1).getEpochSecond()));
            for (String prefix : List.of("TOKEN#", "EMAIL#", "VOLUNTEER#")) {
                api.update(api.items(prefix).get(0).get("pk").s(), "SET expiresAt = :t", Map.of(":t", past));
            }

            assertThat(api.postJson("/v1/volunteers/confirm", Map.of("token", token)).statusCode()).isEqualTo(404);

            api.postJson("/v1/volunteers", body);
            assertThat(api.mailsTo(email, 2).get(1).subject()).as("an expired claim is no duplicate").contains("Bekreft");
            assertThat(api.items("VOLUNTEER#")).hasSize(2);
        }

        @Test
        void confirm_unknownOrEraseToken_is404Problem() {
            HttpResponse<String> response = api.postJson("/v1/volunteers/confirm", Map.of("token", "A".repeat(43)));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).startsWith("application/problem+json");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void signUp_confirmedAddressAgain_sameResponse_existingVolunteerGetsNotice() {
            ObjectNode first = signup();
            String email = first.get("email").asText();
            HttpResponse<String> firstResponse = api.postJson("/v1/volunteers", first);
            api.postJson("/v1/volunteers/confirm", Map.of("token", VolunteerApi.token(api.mailsTo(email, 1).get(0), "confirm")));

            ObjectNode second = signup().put("email", email.toUpperCase()).put("name", "Ola Duplikat");
            HttpResponse<String> secondResponse = api.postJson("/v1/volunteers", second);

            assertThat(secondResponse.statusCode()).isEqualTo(firstResponse.statusCode());
            assertThat(secondResponse.body()).isEqualTo(firstResponse.body());
            SentEmail notice = api.mailsTo(email.toUpperCase().replaceFirst("@.*", "") + "@example.no", 1).get(0);
            assertThat(notice.subject()).contains("allerede");
            assertThat(notice.text()).doesNotContain("token=").doesNotContain("Ola");
            assertThat(api.items("VOLUNTEER#")).singleElement()
                    .satisfies(v -> assertThat(v.get("name").s()).isEqualTo("Kari Nordmann"));
        }

        @Test
        void signUp_pendingAddressAgain_sameResponse_freshConfirmationLinkForTheFirstSignup() {
            ObjectNode body = signup();
            String email = body.get("email").asText();
            HttpResponse<String> first = api.postJson("/v1/volunteers", body);
            HttpResponse<String> second = api.postJson("/v1/volunteers", body);

            assertThat(second.body()).isEqualTo(first.body());
            List<SentEmail> mails = api.mailsTo(email, 2);
            assertThat(VolunteerApi.token(mails.get(1), "confirm")).isNotEqualTo(VolunteerApi.token(mails.get(0), "confirm"));
            assertThat(api.items("VOLUNTEER#")).hasSize(1);
            assertThat(api.postJson("/v1/volunteers/confirm", Map.of("token", VolunteerApi.token(mails.get(1), "confirm")))
                    .statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Abuse {

        @Test
        void signUp_honeypotFilled_looksAcceptedButStoresAndSendsNothing() {
            ObjectNode body = signup().put("website", "https://spam.example");
            HttpResponse<String> response = api.postJson("/v1/volunteers", body);
            ObjectNode honestBody = signup();
            HttpResponse<String> honest = api.postJson("/v1/volunteers", honestBody);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo(honest.body());
            api.mailsTo(honestBody.get("email").asText(), 1);
            assertThat(CLOUD.cloud().mailbox().sent()).extracting(m -> m.to().get(0)).doesNotContain(body.get("email").asText());
            assertThat(api.items("VOLUNTEER#")).hasSize(1);
        }

        @Test
        void signUp_sameAddressMoreThanThreeTimesAnHour_is429WithRetryAfter() {
            ObjectNode body = signup();
            for (int i = 0; i < 3; i++) {
                assertThat(api.postJson("/v1/volunteers", body).statusCode()).isEqualTo(202);
            }
            HttpResponse<String> limited = api.postJson("/v1/volunteers", body);

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(contentType(limited)).startsWith("application/problem+json");
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                    v -> assertThat(Long.parseLong(v)).isBetween(1L, 3600L));
        }

        @Test
        void signUp_moreThanTwentyFromOneIp_is429WithRetryAfter_otherIpsUnaffected() {
            String ip = "203.0.113.7";
            String spam = signup().put("website", "x").toString();
            for (int i = 0; i < 20; i++) {
                assertThat(api.post("/v1/volunteers", JSON, spam, ip, null).statusCode()).isEqualTo(202);
            }
            HttpResponse<String> limited = api.post("/v1/volunteers", FORM, "name=x", ip, "text/html");

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(contentType(limited)).startsWith("text/html");
            assertThat(api.post("/v1/volunteers", JSON, spam, "203.0.113.8", null).statusCode()).isEqualTo(202);
        }
    }

    @Nested
    class FormPosts {

        @Test
        void signUp_plainHtmlForm_getsNorwegianHtmlPage_andConfirmLinkWorksFromTheBrowser() {
            String email = "form-" + java.util.UUID.randomUUID() + "@example.no";
            String form = "name=" + enc("Åse Bjørk") + "&email=" + enc(email) + "&phone=" + enc("41 23 45 67")
                    + "&municipalityNumber=4601&interests=mentoring&interests=sports&availability=weekday-evenings"
                    + "&message=&consent=frivillig-samtykke-v1&website=";

            HttpResponse<String> response = api.post("/v1/volunteers", FORM, form);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(contentType(response)).startsWith("text/html");
            assertThat(response.body()).contains("<html lang=\"nb\">").contains("Takk for påmeldingen!");
            String token = VolunteerApi.token(api.mailsTo(email, 1).get(0), "confirm");
            HttpResponse<String> confirmed = api.post("/v1/volunteers/confirm", FORM, "token=" + token);
            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(confirmed.body()).contains("Påmeldingen er bekreftet");
        }

        @Test
        void signUp_formWithErrors_is400HtmlListingEachFieldWithoutEchoingInput() {
            HttpResponse<String> response = api.post("/v1/volunteers", FORM,
                    "name=%3Cscript%3E&email=nope&phone=123&municipalityNumber=0000&interests=knitting");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(contentType(response)).startsWith("text/html");
            assertThat(response.body()).contains("E-post:").contains("Mobilnummer:").contains("Kommune:")
                    .contains("Interesser:").contains("Samtykke:").doesNotContain("<script>").doesNotContain("knitting");
        }

        @Test
        void errors_acceptTextHtml_getHtmlEvenForJsonPosts() {
            HttpResponse<String> response = api.post("/v1/volunteers", JSON, "{", VolunteerApi.randomIp(), "text/html,*/*");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(contentType(response)).startsWith("text/html");
        }
    }

    @Nested
    class MalformedInput {

        static Stream<Arguments> badRequests() {
            ObjectNode longName = signup().put("name", "x".repeat(101));
            ObjectNode tooLongMessage = signup().put("message", "x".repeat(1001));
            ObjectNode missingConsent = signup();
            missingConsent.remove("consent");
            ObjectNode unknownInterest = signup();
            unknownInterest.putArray("interests").add("knitting");
            return Stream.of(
                    Arguments.of("bad JSON", JSON, "{\"name\":", 400, null),
                    Arguments.of("trailing tokens", JSON, "{} {}", 400, null),
                    Arguments.of("duplicate keys", JSON, "{\"name\":\"a\",\"name\":\"b\"}", 400, null),
                    Arguments.of("array body", JSON, "[]", 400, ""),
                    Arguments.of("empty body", JSON, "", 400, null),
                    Arguments.of("wrong type name", JSON, signup().put("name", 5).toString(), 400, "/name"),
                    Arguments.of("wrong type interests", JSON, signup().put("interests", "trips").toString(), 400, "/interests"),
                    Arguments.of("too long name", JSON, longName.toString(), 400, "/name"),
                    Arguments.of("too long message", JSON, tooLongMessage.toString(), 400, "/message"),
                    Arguments.of("bad e-mail", JSON, signup().put("email", "a@b").toString(), 400, "/email"),
                    Arguments.of("bad phone", JSON, signup().put("phone", "22 33 44 55").toString(), 400, "/phone"),
                    Arguments.of("unknown municipality", JSON, signup().put("municipalityNumber", "0000").toString(), 400, "/municipalityNumber"),
                    Arguments.of("unknown interest", JSON, unknownInterest.toString(), 400, "/interests/0"),
                    Arguments.of("bad availability", JSON, signup().put("availability", 3).toString(), 400, "/availability"),
                    Arguments.of("missing consent", JSON, missingConsent.toString(), 400, "/consent"),
                    Arguments.of("unknown consent", JSON, signup().put("consent", "v0").toString(), 400, "/consent"),
                    Arguments.of("unknown field", JSON, signup().put("admin", true).toString(), 400, "/admin"),
                    Arguments.of("oversized body", JSON, signup().put("message", "x".repeat(20_000)).toString(), 413, null),
                    Arguments.of("text/plain", "text/plain", signup().toString(), 415, null),
                    Arguments.of("no content type", null, signup().toString(), 415, null),
                    Arguments.of("latin-1 charset", "application/json; charset=iso-8859-1", signup().toString(), 415, null),
                    Arguments.of("broken form escape", FORM, "name=%E", 400, null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badRequests")
        void signUp_malformedInput_is4xxProblemJsonNamingTheField(String name, String type, String body, int status,
                String field) {
            HttpResponse<String> response = api.post("/v1/volunteers", type, body);

            assertThat(response.statusCode()).isEqualTo(status);
            if (FORM.equals(type)) {
                assertThat(contentType(response)).as("form posts get a page").startsWith("text/html");
                return;
            }
            assertThat(contentType(response)).startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("title").asText()).isNotBlank();
            if (field != null) {
                assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).contains(field);
            }
            assertThat(api.items("VOLUNTEER#")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("linkRequests")
        void links_malformedInput_is4xxProblemJson(String path, String type, String body) {
            HttpResponse<String> response = api.post(path, type, body);
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(contentType(response)).startsWith("application/problem+json");
        }

        static Stream<Arguments> linkRequests() {
            return Stream.of("/v1/volunteers/confirm", "/v1/volunteers/erase", "/v1/volunteers/erasure-requests")
                    .flatMap(path -> Stream.of(Arguments.of(path, JSON, "{\"token\":5}"),
                            Arguments.of(path, JSON, "{\"token\":\"short\",\"x\":1}"),
                            Arguments.of(path, JSON, "nope"),
                            Arguments.of(path, "text/plain", "token=x"),
                            Arguments.of(path, JSON, "{\"email\":\"" + "x".repeat(300) + "\"}")));
        }

        @Test
        void getPages_missingOrMalformedToken_is400() {
            assertThat(api.get("/v1/volunteers/confirm", "application/json").statusCode()).isEqualTo(400);
            HttpResponse<String> page = api.get("/v1/volunteers/erase?token=%3Cb%3E", "text/html");
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).doesNotContain("<b>");
        }

        @Test
        void signUp_seededRandomBodies_neverAnswer5xx() {
            Random random = new Random(1125L);
            String valid = signup().toString();
            for (int i = 0; i < 60; i++) {
                StringBuilder body = new StringBuilder(valid.substring(0, random.nextInt(valid.length() + 1)));
                for (int n = random.nextInt(6); n > 0; n--) {
                    int at = random.nextInt(body.length() + 1);
                    body.insert(at, (char) random.nextInt(0x20, 0x7f));
                }
                String type = random.nextInt(4) == 0 ? FORM : JSON;
                HttpResponse<String> response = api.post("/v1/volunteers", type, body.toString());
                assertThat(response.statusCode()).as("body %s", body).isLessThan(500);
            }
        }
    }

    @Nested
    class Erasure {

        @Test
        void erase_confirmedVolunteer_removesPersonalDataKeepsAnonymousCount() {
            ObjectNode body = signup();
            String email = body.get("email").asText();
            api.signUpAndConfirm(body);

            HttpResponse<String> requested = api.postJson("/v1/volunteers/erasure-requests", Map.of("email", email));

            assertThat(requested.statusCode()).isEqualTo(202);
            SentEmail mail = api.mailsTo(email, 2).get(1);
            assertThat(mail.subject()).contains("Slett");
            String token = VolunteerApi.token(mail, "erase");
            assertThat(api.get("/v1/volunteers/erase?token=" + token, "text/html").body()).contains("Slett opplysningene");
            assertThat(api.items("VOLUNTEER#")).hasSize(1);

            HttpResponse<String> erased = api.post("/v1/volunteers/erase", FORM, "token=" + token);

            assertThat(erased.statusCode()).isEqualTo(200);
            assertThat(erased.body()).contains("Opplysningene er slettet");
            assertThat(api.items("VOLUNTEER#")).isEmpty();
            assertThat(api.items("EMAIL#")).isEmpty();
            assertThat(api.items("")).allSatisfy(item -> assertThat(item.toString())
                    .doesNotContain(email).doesNotContain("Kari").doesNotContain("+4791234567").doesNotContain("helseplager"));
            assertThat(api.counts()).as("the anonymous count stays").singleElement()
                    .satisfies(c -> assertThat(c.get("municipalityNumber").s()).isEqualTo("0301"));
            String countId = api.counts().get(0).get("countId").s();
            assertThat(api.items("")).as("nothing in the volunteers' table leads to the count any more")
                    .allSatisfy(item -> assertThat(item.toString()).doesNotContain(countId));
            assertThat(api.post("/v1/volunteers/erase", JSON, "{\"token\":\"" + token + "\"}").statusCode())
                    .as("a second click finds the link deleted with the data (issue #14)").isEqualTo(404);
        }

        @Test
        void erase_confirmedVolunteer_everyOldLinkThenAnswersAsAnUnknownOne_andWritesNothing() {
            ObjectNode body = signup();
            String email = body.get("email").asText();
            String confirmToken = api.signUp(body);
            api.postJson("/v1/volunteers/confirm", Map.of("token", confirmToken));

            String eraseToken = eraseThroughMailedLink(email, 2);

            assertEveryOldLinkAnswersAsAnUnknownOne(confirmToken, eraseToken);
            assertThat(api.counts()).as("counted once, never again").hasSize(1);
        }

        @Test
        void erase_pendingVolunteer_everyOldLinkThenAnswersAsAnUnknownOne_andWritesNothing() {
            ObjectNode body = signup();
            String email = body.get("email").asText();
            String confirmToken = api.signUp(body);

            String eraseToken = eraseThroughMailedLink(email, 2);

            assertEveryOldLinkAnswersAsAnUnknownOne(confirmToken, eraseToken);
            assertThat(api.counts()).as("never confirmed, never counted").isEmpty();
        }

        @Test
        void tokensStoredBeforeTheyWereRecordedOnThePerson_afterErasure_answerAsUnknownOnes() {
            ObjectNode body = signup();
            String email = body.get("email").asText();
            api.signUpAndConfirm(body);
            String volunteerId = api.items("VOLUNTEER#").get(0).get("volunteerId").s();
            eraseThroughMailedLink(email, 2);
            String spentConfirm = unknownToken();
            String unusedErase = unknownToken();
            legacyToken(spentConfirm, "CONFIRM", volunteerId, true);
            legacyToken(unusedErase, "ERASE", volunteerId, false);
            String unknown = unknownToken();

            assertSameAnswer(api.postJson("/v1/volunteers/confirm", Map.of("token", spentConfirm)),
                    api.postJson("/v1/volunteers/confirm", Map.of("token", unknown)), spentConfirm, unknown);
            assertSameAnswer(api.postJson("/v1/volunteers/erase", Map.of("token", unusedErase)),
                    api.postJson("/v1/volunteers/erase", Map.of("token", unknown)), unusedErase, unknown);
            assertThat(api.items("VOLUNTEER#")).isEmpty();
            assertThat(api.counts()).hasSize(1);
        }

        /** A token item as the owner stored it before it recorded token hashes on the person. */
        private void legacyToken(String token, String purpose, String volunteerId, boolean used) {
            String expression = "SET purpose = :p, volunteerId = :v, expiresAt = :e" + (used ? ", usedAt = :u" : "");
            Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(":p", AttributeValue.fromS(purpose),
                    ":v", AttributeValue.fromS(volunteerId),
                    ":e", AttributeValue.fromN(Long.toString(Instant.now().plus(java.time.Duration.ofDays(30)).getEpochSecond()))));
            if (used) {
                values.put(":u", AttributeValue.fromS(Instant.now().toString()));
            }
            api.update("TOKEN#" + Secrets.tokenHash(token), expression, values);
        }

        /** Requests erasure, clicks the link in the {@code mailNumber}-th mail; returns its token. */
        private String eraseThroughMailedLink(String email, int mailNumber) {
            api.postJson("/v1/volunteers/erasure-requests", Map.of("email", email));
            String token = VolunteerApi.token(api.mailsTo(email, mailNumber).get(mailNumber - 1), "erase");
            String volunteerId = api.items("VOLUNTEER#").get(0).get("volunteerId").s();
            assertThat(api.items("TOKEN#")).anySatisfy(t -> assertThat(t.get("volunteerId").s()).isEqualTo(volunteerId));

            assertThat(api.postJson("/v1/volunteers/erase", Map.of("token", token)).statusCode()).isEqualTo(200);

            assertThat(api.items("")).as("no item names the erased volunteer")
                    .noneSatisfy(item -> assertThat(item.toString()).contains(volunteerId));
            return token;
        }

        /**
         * Replays both links, as JSON and as a form, and their GET pages: each answer is the one a
         * never-issued token gets, so nothing tells that the address was registered; and the table
         * is unchanged by the replays.
         */
        private void assertEveryOldLinkAnswersAsAnUnknownOne(String confirmToken, String eraseToken) {
            List<Map<String, AttributeValue>> before = api.items("");
            for (String route : List.of("confirm", "erase")) {
                for (String token : List.of(confirmToken, eraseToken)) {
                    String unknown = unknownToken();
                    assertSameAnswer(api.postJson("/v1/volunteers/" + route, Map.of("token", token)),
                            api.postJson("/v1/volunteers/" + route, Map.of("token", unknown)), token, unknown);
                    assertSameAnswer(api.post("/v1/volunteers/" + route, FORM, "token=" + token),
                            api.post("/v1/volunteers/" + route, FORM, "token=" + unknown), token, unknown);
                    assertSameAnswer(api.get("/v1/volunteers/" + route + "?token=" + token, "text/html"),
                            api.get("/v1/volunteers/" + route + "?token=" + unknown, "text/html"), token, unknown);
                }
            }
            assertThat(api.postJson("/v1/volunteers/confirm", Map.of("token", confirmToken)).statusCode()).isEqualTo(404);
            assertThat(api.postJson("/v1/volunteers/erase", Map.of("token", eraseToken)).statusCode()).isEqualTo(404);
            assertThat(api.items("VOLUNTEER#")).as("no volunteer re-created").isEmpty();
            assertThat(api.items("")).as("the replays wrote nothing").containsExactlyInAnyOrderElementsOf(before);
        }

        private static void assertSameAnswer(HttpResponse<String> replayed, HttpResponse<String> unknown,
                String token, String unknownToken) {
            assertThat(replayed.statusCode()).isEqualTo(unknown.statusCode());
            assertThat(contentType(replayed)).isEqualTo(contentType(unknown));
            assertThat(replayed.body().replace(token, "TOKEN")).isEqualTo(unknown.body().replace(unknownToken, "TOKEN"));
        }

        private static String unknownToken() {
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }

        @Test
        void requestErasure_unknownAddress_sameResponseAndNoMail() {
            ObjectNode body = signup();
            api.signUpAndConfirm(body);
            HttpResponse<String> known = api.postJson("/v1/volunteers/erasure-requests", Map.of("email", body.get("email").asText()));
            String unknown = "ukjent-" + java.util.UUID.randomUUID() + "@example.no";

            HttpResponse<String> response = api.postJson("/v1/volunteers/erasure-requests", Map.of("email", unknown));

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo(known.body());
            api.mailsTo(body.get("email").asText(), 2);
            assertThat(CLOUD.cloud().mailbox().sent()).noneMatch(m -> m.to().contains(unknown));
        }

        @Test
        void erase_withConfirmationToken_isRefused() {
            ObjectNode body = signup();
            api.postJson("/v1/volunteers", body);
            String token = VolunteerApi.token(api.mailsTo(body.get("email").asText(), 1).get(0), "confirm");
            assertThat(api.postJson("/v1/volunteers/erase", Map.of("token", token)).statusCode()).isEqualTo(404);
            assertThat(api.items("VOLUNTEER#")).hasSize(1);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
