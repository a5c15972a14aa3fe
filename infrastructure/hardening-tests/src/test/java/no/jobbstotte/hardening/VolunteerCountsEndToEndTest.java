package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.bodyContains;
import static no.jobbstotte.localcloud.testing.FaultProxy.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.Fault;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.volunteer.VolunteerCalendar;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Confirmed volunteers reach the published statistics, each exactly once, whatever happens to the
 * count's write (issue #14, item 7): sign-up and confirmation through the public API, the
 * coordinators' digest the next morning, the nightly publication once the month is locked, with DynamoDB
 * faults on VolunteerCountsTable in between. Six volunteers confirm in Oslo:
 * <ul>
 *   <li>one clicks the link twice, one is erased afterwards (the anonymous count stays);
 *   <li>one's count is written but its answer lost, so the SDK retries the write itself;
 *   <li>one's count fails longer than the SDK retries: the person is answered 503 and clicks again;
 *   <li>one's count fails and the person never comes back: the next morning's digest counts it.
 * </ul>
 * The published county and municipality cells say 6, and the counts table holds six items with no
 * personal data.
 */
@Order(77)
class VolunteerCountsEndToEndTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private static final Pattern LINK = Pattern.compile("/v1/volunteers/(confirm|erase)\\?token=([A-Za-z0-9_-]{43})");
    private static final int CONFIRMED = 6;

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void confirmedVolunteers_appearInThePublishedCounts_onceEach_underFaultsOnTheCountsWrite() {
        FaultProxy dynamo = CLOUD.faults().dynamoDb();
        Predicate<FaultProxy.Request> countWrite = operation("PutItem").and(bodyContains(cloud().tableName("VolunteerCountsTable")));

        assertThat(confirm(signUp()).statusCode()).isEqualTo(200);
        String twice = signUp();
        assertThat(confirm(twice).statusCode()).isEqualTo(200);
        assertThat(confirm(twice).statusCode()).as("a second click").isEqualTo(200);

        Fault answerLost = dynamo.failNextAfterEffect(1, countWrite, 500, "InternalServerError");
        assertThat(confirm(signUp()).statusCode()).as("the SDK's own retry finds the count written").isEqualTo(200);
        assertThat(answerLost.spent()).isTrue();

        String retried = signUp();
        Fault outage = dynamo.failUntilDisarmed(countWrite, 500, "InternalServerError");
        assertThat(confirm(retried).statusCode()).as("confirmed, but not counted yet").isEqualTo(503);
        outage.disarm();
        assertThat(confirm(retried).statusCode()).as("the person clicks again").isEqualTo(200);

        String neverRetried = signUp();
        Fault lasting = dynamo.failUntilDisarmed(countWrite, 500, "InternalServerError");
        assertThat(confirm(neverRetried).statusCode()).isEqualTo(503);
        lasting.disarm();
        assertThat(countItems()).as("counted so far: all but the one never retried").hasSize(4);

        String erased = signUp();
        assertThat(confirm(erased).statusCode()).isEqualTo(200);
        erase(erased);

        LocalDate confirmedOn = LocalDate.parse(volunteerItems().get(0).get("confirmedDay").s());
        Object digest = cloud().schedules().fireAt("VolunteerDigestFunction", at(confirmedOn.plusDays(1), 8, 0)).response();
        assertThat(digest.toString()).as("the digest counts the one left uncounted").contains("counted=1");
        // A month is published once it is locked, on the 15th of the month after; counties and
        // municipalities by year only, so the night that publishes them is 15 January after.
        LocalDate lockedNight = LocalDate.of(confirmedOn.getYear() + 1, 1, 15);
        cloud().schedules().fireAt("StatisticsPublisherFunction", at(lockedNight, 2, 30));

        List<Map<String, AttributeValue>> counts = countItems();
        FaultSupport.count(CONFIRMED, counts.size(), Math.max(0, counts.size() - CONFIRMED),
                Math.max(0, CONFIRMED - counts.size()), dynamo.injected());
        assertThat(counts).hasSize(CONFIRMED).allSatisfy(item -> assertThat(item)
                .containsOnlyKeys("countId", "municipalityNumber", "month")
                .containsEntry("municipalityNumber", AttributeValue.fromS("0301"))
                .containsEntry("month", AttributeValue.fromS(YearMonth.from(confirmedOn).toString())));
        String date = lockedNight.toString();
        YearMonth month = YearMonth.from(confirmedOn);
        String year = Integer.toString(month.getYear());
        assertThat(cell(published(date, "frivillige-landet"), "0", year + "M" + String.format("%02d",
                month.getMonthValue()))).isEqualTo("6");
        assertThat(cell(published(date, "frivillige-fylke"), "03", year)).isEqualTo("6");
        assertThat(cell(published(date, "frivillige-kommune"), "0301", year)).isEqualTo("6");
    }

    /** Signs a new volunteer up in Oslo; returns their address. */
    private String signUp() {
        String email = "teller-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
        ObjectNode body = Fixtures.signup("Kari Nordmann", email, "+4791234567");
        assertThat(post("/v1/volunteers", body.toString()).statusCode()).isEqualTo(202);
        return email;
    }

    private HttpResponse<String> confirm(String email) {
        return post("/v1/volunteers/confirm", "{\"token\":\"" + link(email, "confirm", 1) + "\"}");
    }

    private void erase(String email) {
        assertThat(post("/v1/volunteers/erasure-requests", "{\"email\":\"" + email + "\"}").statusCode()).isEqualTo(202);
        assertThat(post("/v1/volunteers/erase", "{\"token\":\"" + link(email, "erase", 2) + "\"}").statusCode()).isEqualTo(200);
    }

    /** The token of the route's link in the mails to {@code email}, once {@code mails} have arrived. */
    private String link(String email, String route, int mails) {
        List<SentEmail> sent = await().atMost(FaultSupport.WAIT).until(() -> cloud().mailbox().sent().stream()
                .filter(m -> m.to().contains(email)).toList(), list -> list.size() >= mails);
        for (SentEmail mail : sent) {
            Matcher matcher = LINK.matcher(mail.text());
            while (matcher.find()) {
                if (matcher.group(1).equals(route)) {
                    return matcher.group(2);
                }
            }
        }
        throw new AssertionError("no " + route + " link mailed to " + email);
    }

    private HttpResponse<String> post(String path, String json) {
        return Http.send(Http.request(cloud(), path).header("Content-Type", "application/json")
                .header("X-Forwarded-For", Http.randomIp()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(VolunteerCalendar.ZONE).toInstant();
    }

    private List<Map<String, AttributeValue>> countItems() {
        return cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("VolunteerCountsTable")).consistentRead(true)).items();
    }

    private List<Map<String, AttributeValue>> volunteerItems() {
        return cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("VolunteersTable")).consistentRead(true)).items()
                .stream().filter(i -> i.get("pk").s().startsWith("VOLUNTEER#")).toList();
    }

    private JsonNode published(String date, String dataset) {
        String key = "stats/v1/" + date + "/" + dataset + ".json";
        byte[] bytes = cloud().s3().getObjectAsBytes(r -> r.bucket(cloud().bucketName("StatisticsBucket")).key(key)).asByteArray();
        try {
            return Fixtures.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value (or status flag) of a volunteers cell of a JSON-stat dataset. */
    private static String cell(JsonNode dataset, String region, String period) {
        int[] size = Fixtures.MAPPER.convertValue(dataset.get("size"), int[].class);
        int r = dataset.at("/dimension/region/category/index/" + region).asInt(-1);
        int p = dataset.at("/dimension/tid/category/index/" + period).asInt(-1);
        int m = dataset.at("/dimension/statistikkvariabel/category/index/frivillige").asInt(-1);
        assertThat(new int[] {r, p, m}).as(region + "/" + period).doesNotContain(-1);
        int index = (r * size[1] + p) * size[2] + m;
        JsonNode value = dataset.get("value").get(index);
        return value.isNull() ? dataset.get("status").get(Integer.toString(index)).asText() : value.asText();
    }
}
