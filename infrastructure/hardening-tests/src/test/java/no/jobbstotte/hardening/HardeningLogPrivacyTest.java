package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.hardening.Fixtures.Chain;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Full runs with personal data (volunteer sign-ups, confirmations, duplicates, erasure and the
 * coordinators' notice; directory and placement events and the specialist's digest; signed
 * agreement pushes; invalid inputs quoting personal data), then a scan of everything the suite
 * printed to stdout and stderr so far (this class runs last): no e-mail address, phone number,
 * test person's name, webhook secret or confirmation token may appear.
 */
@Order(100)
class HardeningLogPrivacyTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern NORWEGIAN_MOBILE = Pattern.compile("\\+47 ?[49]\\d{2} ?\\d{2} ?\\d{3}");
    private static final Pattern TOKEN_LINK = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Surnames no log line has a reason to contain (ASCII, so JSON escaping cannot hide them). */
    private static final List<String> NAMES = List.of("Haugerudsen", "Fjellstrandvik", "Lindqvistberg", "Morkvedhaug",
            "Tollefsrud", "Brekkeflaten");
    private static final List<String> PHONES = List.of("93847261", "938 47 261", "+4793847261", "41726354", "417 26 354",
            "+4741726354");

    private final List<String> secrets = new ArrayList<>();

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void fullRuns_logNoPersonalDataSecretsOrTokens() {
        volunteers();
        followUps();
        agreements();
        // The masters in Secrets Manager: the chains' signing master and the e-mail pepper.
        for (String secret : List.of("ChainSigningSecret", "VolunteerEmailPepperSecret")) {
            secrets.add(cloud().secretsManager().getSecretValue(r -> r.secretId(cloud().secretArn(secret))).secretString());
        }

        String log = SuiteOutput.captured();
        SuiteStats.LOG_BYTES_SCANNED.addAndGet(log.length());
        assertThat(SuiteOutput.installed()).as("output capture installed before the suite").isTrue();
        assertThat(log).as("the capture sees the functions' log lines").contains("\"logger\":\"VolunteerSignupService\"")
                .contains("\"logger\":\"ReminderSenderService\"").contains("\"logger\":\"AgreementsSyncService\"");
        List<String> leaks = new ArrayList<>();
        for (String line : log.split("\n")) {
            Matcher email = EMAIL.matcher(line);
            if (email.find()) {
                leaks.add("e-mail " + email.group() + " in: " + line);
            }
            Matcher phone = NORWEGIAN_MOBILE.matcher(line);
            if (phone.find()) {
                leaks.add("phone " + phone.group() + " in: " + line);
            }
            for (String value : PHONES) {
                if (line.contains(value)) {
                    leaks.add("phone " + value + " in: " + line);
                }
            }
            for (String name : NAMES) {
                if (line.contains(name)) {
                    leaks.add("name " + name + " in: " + line);
                }
            }
            if (line.contains("whsec_")) {
                leaks.add("webhook secret in: " + line);
            }
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    leaks.add("secret or token " + secret.substring(0, 6) + "… in: " + line);
                }
            }
        }
        assertThat(leaks).as("personal data or secrets in the log").isEmpty();
    }

    private void volunteers() {
        new DynamoDbCoordinators(cloud().dynamoDb(), cloud().tableName("CoordinatorsTable"))
                .save(new Coordinator("0301", "Ingrid Tollefsrud", "ingrid.tollefsrud@oslo.kommune.example"));
        String solveig = "solveig.haugerudsen@example.no";
        String adne = "adne.fjellstrandvik@example.no";
        String token = signUpAndConfirm(Fixtures.signup("Solveig Haugerudsen", solveig, "938 47 261"), false);
        signUpAndConfirm(Fixtures.signup("Adne Fjellstrandvik", adne, "+47 417 26 354"), true);
        // the same address again (already registered) and an invalid sign-up quoting personal data
        post("/v1/volunteers", "application/json", Fixtures.signup("Solveig Haugerudsen", solveig, "93847261").toString());
        ObjectNode invalid = Fixtures.signup("Solveig Haugerudsen", solveig, "12");
        invalid.put("municipalityNumber", "solveig.haugerudsen@example.no");
        assertThat(post("/v1/volunteers", "application/json", invalid.toString()).statusCode()).isEqualTo(400);
        // confirm again with a used token, and with a bogus one
        post("/v1/volunteers/confirm", "application/json", "{\"token\":\"" + token + "\"}");
        post("/v1/volunteers/confirm", "application/json", "{\"token\":\"" + "B".repeat(43) + "\"}");
        // erasure: request, mail, erase
        assertThat(post("/v1/volunteers/erasure-requests", "application/json", "{\"email\":\"" + adne + "\"}").statusCode())
                .isEqualTo(202);
        SentEmail erasureMail = mailTo(adne, m -> m.text().contains("/v1/volunteers/erase?token="));
        String eraseToken = token(erasureMail);
        assertThat(post("/v1/volunteers/erase", "application/json", "{\"token\":\"" + eraseToken + "\"}").statusCode())
                .isLessThan(300);
        // the coordinators' notice the next morning
        Instant nextMorning = LocalDate.now(OSLO).plusDays(1).atTime(LocalTime.of(8, 0)).atZone(OSLO).toInstant();
        cloud().schedules().fireAt("VolunteerDigestFunction", nextMorning);
        mailTo("ingrid.tollefsrud@oslo.kommune.example", m -> true);
        SuiteStats.EFFECTS_OBSERVED.addAndGet(2);
    }

    private String signUpAndConfirm(ObjectNode body, boolean asForm) {
        String email = body.get("email").asText();
        HttpResponse<String> accepted = asForm
                ? post("/v1/volunteers", "application/x-www-form-urlencoded", form(body))
                : post("/v1/volunteers", "application/json", body.toString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String token = token(mailTo(email, m -> m.text().contains("/v1/volunteers/confirm?token=")));
        assertThat(Http.send(Http.request(cloud(), "/v1/volunteers/confirm?token=" + token).header("Accept", "text/html")
                .GET()).statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = asForm
                ? post("/v1/volunteers/confirm", "application/x-www-form-urlencoded", "token=" + token)
                : post("/v1/volunteers/confirm", "application/json", "{\"token\":\"" + token + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return token;
    }

    private static String form(ObjectNode body) {
        StringBuilder out = new StringBuilder();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                field.getValue().forEach(v -> out.append(field.getKey()).append('=').append(Http.encode(v.asText())).append('&'));
            } else {
                out.append(field.getKey()).append('=').append(Http.encode(field.getValue().asText())).append('&');
            }
        });
        return out.toString();
    }

    private String token(SentEmail mail) {
        Matcher matcher = TOKEN_LINK.matcher(mail.text());
        assertThat(matcher.find()).as(mail.subject()).isTrue();
        secrets.add(matcher.group(1));
        return matcher.group(1);
    }

    private SentEmail mailTo(String address, java.util.function.Predicate<SentEmail> matching) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> cloud().mailbox().sent().stream()
                .filter(m -> m.to().contains(address)).filter(matching).findFirst(), Optional::isPresent).orElseThrow();
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return Http.send(Http.request(cloud(), path).header("Content-Type", contentType)
                .header("X-Forwarded-For", Http.randomIp()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void followUps() {
        String team = "team-" + UUID.randomUUID();
        String lead = "lead-" + UUID.randomUUID();
        String specialist = "js-" + UUID.randomUUID();
        String specialistEmail = "torbjorg.lindqvistberg@nav.example";
        List<InboundEvent> events = new ArrayList<>(List.of(
                new DirectoryEvent.TeamLeadUpserted("d-" + lead, lead, team, "Halvard Morkvedhaug", "halvard.morkvedhaug@nav.example"),
                new DirectoryEvent.SpecialistUpserted("d-" + specialist, specialist, "Torbjorg Lindqvistberg", specialistEmail,
                        team, lead)));
        String placement = "plc-" + UUID.randomUUID();
        events.add(new PlacementEvent.Referred(header(placement, specialist, team, LocalDate.parse("2026-06-01"))));
        events.add(new PlacementEvent.TrialStarted(header(placement, specialist, team, LocalDate.parse("2026-06-02")),
                LocalDate.parse("2026-06-30")));
        for (InboundEvent event : events) {
            send(PlacementEventJson.write(event));
        }
        // malformed events that quote personal data
        send("{\"type\":\"specialist_upserted\",\"eventId\":\"x\",\"specialistId\":\"Brekkeflaten\",\"displayName\":"
                + "\"Kjell Brekkeflaten\",\"workEmail\":\"kjell.brekkeflaten@nav\",\"teamId\":\"t\",\"teamLeadId\":\"+4741726354\"}");
        send("{\"type\":\"referred\",\"eventId\":\"kjell.brekkeflaten@nav.example\",\"placementId\":\"p\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("PlacementsTable"))
                .key(Map.of("placementId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(placement))))
                .item().containsKey("dueKey"));
        cloud().schedules().fireAt("FollowUpSchedulerFunction", Instant.parse("2026-06-10T05:00:00Z"));
        mailTo(specialistEmail, m -> true);
        SuiteStats.EFFECTS_OBSERVED.incrementAndGet();
    }

    private void send(String body) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("PlacementEventsQueue")).messageBody(body));
        SuiteStats.MESSAGES_SENT.incrementAndGet();
    }

    private static EventHeader header(String placementId, String specialist, String team, LocalDate day) {
        Instant at = LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(OSLO).toInstant();
        return new EventHeader(placementId + "-" + day + "-" + UUID.randomUUID(), placementId, specialist, team, "1506",
                Optional.of("964951284"), at);
    }

    private void agreements() {
        Chain chain = Fixtures.registerChain(cloud());
        secrets.add(chain.secret().encoded());
        secrets.add(chain.secret().encoded().substring(WebhookSecret.PREFIX.length()));
        byte[] body = Fixtures.batch(List.of(Fixtures.agreement("log-1", 1), Fixtures.agreement("log-2", 1)))
                .getBytes(StandardCharsets.UTF_8);
        String path = "/v1/chains/" + chain.chainId() + "/agreements";
        HttpResponse<String> pushed = Http.send(Http.signed(Http.request(cloud(), path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), Http.newWebhookId(), Instant.now(), body,
                List.of(chain.secret())));
        assertThat(pushed.statusCode()).isEqualTo(202);
        // refused with a wrong secret, which the log must not show either
        WebhookSecret wrong = WebhookSecret.generate(Fixtures.SECURE);
        secrets.add(wrong.encoded().substring(WebhookSecret.PREFIX.length()));
        Http.send(Http.signed(Http.request(cloud(), path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), Http.newWebhookId(), Instant.now(), body, List.of(wrong)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.send(Http.signed(Http.request(cloud(), path + "/log-2").GET(),
                Http.newWebhookId(), Instant.now(), new byte[0], List.of(chain.secret()))).body().contains("\"stored\""));
        SuiteStats.EFFECTS_OBSERVED.addAndGet(2);
    }
}
