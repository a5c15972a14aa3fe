package no.jobbstotte.volunteerdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import no.jobbstotte.shared.volunteer.VolunteerCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Sign-up → e-mail → confirm through the public API, then the daily notice to the coordinators. */
class VolunteerDigestIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CONFIRM_LINK = Pattern.compile("/v1/volunteers/confirm\\?token=([A-Za-z0-9_-]{43})");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void digest_nextMorning_oneNoticePerCoordinator_fallbackToNationalContact_andReRunSendsNothing() throws Exception {
        LocalCloud cloud = CLOUD.cloud();
        String osloCoordinator = "koordinator-" + UUID.randomUUID() + "@oslo.kommune.no";
        new DynamoDbCoordinators(cloud.dynamoDb(), cloud.tableName("CoordinatorsTable"))
                .save(new Coordinator("0301", "Oslo-koordinator", osloCoordinator));
        String nationalContact = cloud.functionEnvironment("VolunteerDigestFunction").get("NATIONAL_CONTACT");
        String kari = signUpAndConfirm("Kari Nordmann", "0301");
        String per = signUpAndConfirm("Per Hansen", "0301");
        String berit = signUpAndConfirm("Berit Berg", "4601");
        signUp("Pål Venter", "0301");
        LocalDate confirmedDay = LocalDate.parse(volunteerItems().stream()
                .filter(v -> v.containsKey("confirmedDay")).findFirst().orElseThrow().get("confirmedDay").s());
        Instant nextMorning = confirmedDay.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(VolunteerCalendar.ZONE).toInstant();
        int mailsBefore = cloud.mailbox().sent().size();

        Object result = cloud.schedules().fireAt("VolunteerDigestFunction", nextMorning).response();

        assertThat(result.toString()).contains("volunteers=3").contains("sent=2");
        List<SentEmail> notices = await().atMost(Duration.ofSeconds(10)).until(
                () -> cloud.mailbox().sent().subList(mailsBefore, cloud.mailbox().sent().size()), l -> l.size() >= 2);
        assertThat(notices).hasSize(2);
        SentEmail oslo = notices.stream().filter(m -> m.to().contains(osloCoordinator)).findFirst().orElseThrow();
        assertThat(oslo.subject()).startsWith("2 nye frivillige");
        assertThat(oslo.text()).contains("Oslo (0301)").contains("- Kari –").contains("- Per –")
                .contains("Turer og utflukter").doesNotContain("Bergen").doesNotContain("Pål")
                .doesNotContain("Nordmann").doesNotContain(kari).doesNotContain(per).doesNotContain("+47").doesNotContain("helse");
        SentEmail national = notices.stream().filter(m -> m.to().contains(nationalContact)).findFirst().orElseThrow();
        assertThat(national.text()).contains("Bergen (4601)").contains("- Berit –").doesNotContain(berit).doesNotContain("Kari");

        Object rerun = cloud.schedules().fireAt("VolunteerDigestFunction", nextMorning.plusSeconds(90)).response();

        assertThat(rerun.toString()).contains("sent=0").contains("alreadySent=2");
        assertThat(cloud.mailbox().sent()).hasSize(mailsBefore + 2);
        Object dayAfter = cloud.schedules().fireAt("VolunteerDigestFunction", nextMorning.plus(Duration.ofDays(1))).response();
        assertThat(dayAfter.toString()).contains("volunteers=0").contains("sent=0");
    }

    private List<Map<String, AttributeValue>> volunteerItems() {
        return CLOUD.cloud().dynamoDb().scanPaginator(r -> r.tableName(CLOUD.cloud().tableName("VolunteersTable")))
                .items().stream().filter(i -> i.get("pk").s().startsWith("VOLUNTEER#")).toList();
    }

    /** Returns the address it signed up with. */
    private String signUp(String name, String municipality) throws Exception {
        String email = "frivillig-" + UUID.randomUUID() + "@example.no";
        ObjectNode body = MAPPER.createObjectNode().put("name", name).put("email", email).put("phone", "91234567")
                .put("municipalityNumber", municipality).put("message", "Har helseplager.").put("consent", "frivillig-samtykke-v1");
        body.putArray("interests").add("trips");
        assertThat(post("/v1/volunteers", body.toString()).statusCode()).isEqualTo(202);
        return email;
    }

    private String signUpAndConfirm(String name, String municipality) throws Exception {
        String email = signUp(name, municipality);
        SentEmail mail = await().atMost(Duration.ofSeconds(10)).until(() -> CLOUD.cloud().mailbox().sent().stream()
                .filter(m -> m.to().contains(email)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        Matcher link = CONFIRM_LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(post("/v1/volunteers/confirm", "{\"token\":\"" + link.group(1) + "\"}").statusCode()).isEqualTo(200);
        return email;
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(CLOUD.cloud().httpApiUrl().resolve(path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
