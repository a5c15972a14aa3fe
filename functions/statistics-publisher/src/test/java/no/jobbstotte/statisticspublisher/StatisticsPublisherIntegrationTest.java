package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Tables seeded with the SDK → nightly schedule → StatisticsPublisherFunction → S3, on the local cloud. */
class StatisticsPublisherIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    /** 02:30 in Oslo on 25 January 2027: all of 2026 is locked and published (on 15 January). */
    static final Instant NIGHT = Instant.parse("2027-01-25T01:30:00Z");
    static final String DATE = "2027-01-25";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void publish_seededTables_writesDatedFilesAndALatestManifestListingThem() throws Exception {
        seedTypicalNight(cloud());

        Object response = cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT).response();

        assertThat(response.toString()).startsWith("published " + DATE + ": 19 files (21 written), 45 placements read")
                .contains("12 months locked");
        JsonNode manifest = json("stats/v1/latest/manifest.json");
        JsonNode datedManifest = json("stats/v1/" + DATE + "/manifest.json");
        assertThat(manifest.get("published").asText()).isEqualTo(DATE);
        int listed = 0;
        for (int d = 0; d < manifest.get("datasets").size(); d++) {
            for (int f = 0; f < manifest.get("datasets").get(d).get("files").size(); f++) {
                JsonNode file = manifest.get("datasets").get(d).get("files").get(f);
                JsonNode datedFile = datedManifest.get("datasets").get(d).get("files").get(f);
                assertThat(file.get("path").asText()).isEqualTo("../" + DATE + "/" + datedFile.get("path").asText());
                byte[] dated = bytes("stats/v1/" + DATE + "/" + datedFile.get("path").asText()).asByteArray();
                assertThat(dated).hasSize(file.get("bytes").asInt());
                assertThat(sha256(dated)).isEqualTo(file.get("sha256").asText()).isEqualTo(datedFile.get("sha256").asText());
                listed++;
            }
        }
        assertThat(listed).isEqualTo(18);
        assertThat(everything().keySet()).as("latest holds only its manifest and the feed of publications")
                .filteredOn(key -> key.startsWith("stats/v1/latest/"))
                .containsExactlyInAnyOrder("stats/v1/latest/manifest.json", "stats/v1/latest/feed.atom");
        var head = cloud().s3().headObject(r -> r.bucket(bucket()).key("stats/v1/latest/manifest.json"));
        assertThat(head.contentType()).startsWith("application/json");
        assertThat(head.cacheControl()).isEqualTo("public, max-age=300");
        var datedHead = cloud().s3().headObject(r -> r.bucket(bucket()).key("stats/v1/" + DATE + "/plasseringer-fylke.csv"));
        assertThat(datedHead.contentType()).startsWith("text/csv");
        assertThat(datedHead.cacheControl()).contains("immutable");

        JsonNode counties = json("stats/v1/" + DATE + "/plasseringer-fylke.json");
        assertThat(cell(counties, "03", "2026", "henviste")).isEqualTo("30");
        assertThat(cell(counties, "03", "2026", "ansatt")).isEqualTo("20");
        JsonNode country = json("stats/v1/" + DATE + "/plasseringer-landet.json");
        assertThat(cell(country, "0", "2026M03", "henviste")).as("Oslo's 30 and Bergen's 12").isEqualTo("42");
        assertThat(country.at("/dimension/tid/category/index").has("2027M01")).as("January is still open").isFalse();
        JsonNode municipalities = json("stats/v1/" + DATE + "/plasseringer-kommune.json");
        assertThat(cell(municipalities, "1103", "2026", "henviste")).isEqualTo(":");
        assertThat(cell(municipalities, "0301", "2026", "henviste")).isEqualTo("30");
        JsonNode agreements = json("stats/v1/" + DATE + "/avtaler.json");
        assertThat(cell(agreements, "0301", "2026-12-31", "aktive_avtaler")).isEqualTo("6");
        assertThat(cell(agreements, "0301", "2026-10-31", "aktive_avtaler")).as("one ran out on 24 November").isEqualTo("7");
        JsonNode volunteers = json("stats/v1/" + DATE + "/frivillige-landet.json");
        assertThat(cell(volunteers, "0", "2026M10", "frivillige")).isEqualTo("12");
        JsonNode ips = json("stats/v1/" + DATE + "/ips-kvalitet-fylke.json");
        assertThat(ips.at("/dimension/region/category/index").has("0")).as("IPS quality: counties only").isFalse();
        assertThat(ips.at("/dimension/tid/category/index").fieldNames()).toIterable().containsExactly("2026K4");
        // Oslo: 25 on a caseload all quarter with five specialists; five first contacts in November after 231.2
        // days on average; ten face-to-face contacts in 13 weeks; 16 of the 20 hired followed up (4 not: hidden).
        assertThat(cell(ips, "03", "2026K4", "ips_saksmengde")).isEqualTo("5.0");
        assertThat(cell(ips, "03", "2026K4", "ips_saksmengde_skar")).isEqualTo("5");
        assertThat(cell(ips, "03", "2026K4", "ips_deltakere_snitt")).isEqualTo("25.0");
        assertThat(cell(ips, "03", "2026K4", "ips_rask_jobbsoking")).isEqualTo("231.2");
        assertThat(cell(ips, "03", "2026K4", "ips_rask_jobbsoking_skar")).isEqualTo("2");
        assertThat(cell(ips, "03", "2026K4", "ips_arbeidsgiverkontakt")).isEqualTo("0.2");
        assertThat(cell(ips, "03", "2026K4", "ips_oppfolging")).isEqualTo(":");
        assertThat(cell(ips, "46", "2026K4", "ips_jobbspesialister")).as("Bergen's one specialist").isEqualTo(":");
        assertThat(cell(ips, "46", "2026K4", "ips_saksmengde")).isEqualTo(":");
        assertThat(cell(ips, "11", "2026K4", "ips_deltakere_snitt")).as("Stavanger's three").isEqualTo(":");
        String csv = bytes("stats/v1/" + DATE + "/plasseringer-kommune.csv").asString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("region,regionnavn,tid,tidnavn,statistikkvariabel,statistikkvariabelnavn,verdi,status\r\n");
        assertThat(csv).contains("1103,Stavanger,2026,2026,henviste,Henviste deltakere,,:\r\n");
        assertThat(cloud().s3().headObject(r -> r.bucket(bucket()).key("ledger/v1/locked-months.json")).contentLength())
                .as("the ledger, outside the public stats/").isPositive();
    }

    @Test
    void publish_lateRegistrationInALockedMonth_changesNoPublishedNumberAndIsReported() {
        seedTypicalNight(cloud());
        cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT);
        Map<String, String> first = dataFiles(DATE);
        // Registered the next day, dated in March 2026: that month was published and locked long ago.
        put(cloud(), "PlacementsTable", Map.of("placementId", s(UUID.randomUUID().toString()), "specialistId", s("oslo-spesialist-0"),
                "teamId", s("team-oslo"), "municipalityNumber", s("0301"), "phase", s("REFERRED"), "referredOn", s("2026-03-20")));

        Object next = cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT.plus(java.time.Duration.ofDays(1)));

        assertThat(next.toString()).contains("46 placements read").contains("0 months locked")
                .contains("1 late changes to locked months left out");
        assertThat(dataFiles("2027-01-26")).isEqualTo(first);
    }

    /** Every data file of a dated publication as text, with the date (all that may differ) masked. */
    private static Map<String, String> dataFiles(String date) {
        Map<String, String> files = new TreeMap<>();
        everything().forEach((key, bytes) -> {
            if (key.startsWith("stats/v1/" + date + "/") && !key.endsWith("/manifest.json")) {
                files.put(key.substring(key.lastIndexOf('/') + 1), new String(bytes, StandardCharsets.UTF_8).replace(date, "DATE"));
            }
        });
        return files;
    }

    @Test
    void publish_sameInputTwice_writesNothingNewAndObjectsAreByteIdentical() {
        seedTypicalNight(cloud());
        cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT);
        Map<String, byte[]> first = everything();

        Object again = cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT.plusSeconds(600));

        assertThat(again.toString()).contains("(0 written)");
        Map<String, byte[]> second = everything();
        assertThat(second.keySet()).isEqualTo(first.keySet()).isNotEmpty();
        first.forEach((key, value) -> assertThat(second.get(key)).as(key).isEqualTo(value));
    }

    /**
     * What is stored is read from latest's manifest alone: one in a format this code does not know (or
     * damaged) counts as nothing stored, so the night's files are all written again, the same bytes.
     */
    @Test
    void publish_latestManifestInAnotherFormat_countsAsNothingStored_andRepublishesTheSameBytes() {
        seedTypicalNight(cloud());
        cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT);
        Map<String, byte[]> first = everything();
        cloud().s3().putObject(r -> r.bucket(bucket()).key("stats/v1/latest/manifest.json"),
                RequestBody.fromString("{\"version\":\"v0\",\"files\":[\"avtaler.json\"]}"));

        Object again = cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT.plusSeconds(600));

        assertThat(again.toString()).as("18 data files, the dated manifest and latest's").contains("19 files (20 written)");
        Map<String, byte[]> second = everything();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((key, value) -> assertThat(second.get(key)).as(key).isEqualTo(value));
    }

    /** Oslo with 30 placements, Bergen with 12 referrals, Stavanger with 3; agreements and volunteers in Oslo. */
    static void seedTypicalNight(LocalCloud cloud) {
        // Oslo: 30 referred in March 2026, 25 of them tried, 20 hired after trial, 3 ended after trial.
        for (int i = 0; i < 30; i++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("placementId", s(UUID.randomUUID().toString()));
            item.put("municipalityNumber", s("0301"));
            item.put("phase", s(i < 20 ? "HIRED" : i < 25 ? "ENDED" : "REFERRED"));
            item.put("referredOn", s("2026-03-" + String.format("%02d", 1 + i % 28)));
            if (i < 25) {
                item.put("trialStartedOn", s("2026-04-15"));
            }
            if (i < 20) {
                item.put("hiredOn", s("2026-05-20"));
            } else if (i < 23) {
                item.put("endedOn", s("2026-05-25"));
                item.put("endReason", s("trial_not_continued"));
            }
            fidelity(item, i);
            put(cloud, "PlacementsTable", item);
        }
        // Stavanger: three placements, a count that must never be published.
        for (int i = 0; i < 3; i++) {
            put(cloud, "PlacementsTable", Map.of("placementId", s(UUID.randomUUID().toString()), "specialistId", s("stavanger-1"),
                    "teamId", s("team-stavanger"), "municipalityNumber", s("1103"), "phase", s("REFERRED"), "referredOn", s("2026-06-02")));
        }
        for (int i = 0; i < 12; i++) {
            put(cloud, "PlacementsTable", Map.of("placementId", s(UUID.randomUUID().toString()), "specialistId", s("bergen-1"),
                    "teamId", s("team-bergen"), "municipalityNumber", s("4601"), "phase", s("REFERRED"), "referredOn", s("2026-03-10")));
        }
        String chain = "chain-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            put(cloud, "AgreementsTable", agreement(chain, "a" + i, "active", "2026-01-01", null));
            put(cloud, "AgreementsTable", Map.of("chainId", s(chain), "sk", s("HISTORY#a" + i + "#0000000001"),
                    "municipalityNumber", s("0301"), "status", s("active"), "validFrom", s("2026-01-01")));
        }
        put(cloud, "AgreementsTable", agreement(chain, "ended", "ended", "2025-01-01", "2025-12-31"));
        put(cloud, "AgreementsTable", agreement(chain, "expired", "active", "2025-01-01", "2026-11-24"));
        // Twelve volunteers confirmed in Oslo in October: one count item each, as the sign-up writes them.
        for (int i = 0; i < 12; i++) {
            put(cloud, "VolunteerCountsTable", Map.of("countId", s(UUID.randomUUID().toString()),
                    "municipalityNumber", s("0301"), "month", s("2026-10")));
        }
    }

    /**
     * Oslo's fidelity facts (the stored names of docs/followup-data.md): five specialists; the
     * hired ones followed up in December but four of them (so the share is hidden: 4 not followed
     * up); the last five referred made their first employer contact in November; contacts in
     * November and December. (Bergen's and Stavanger's placements have a specialist and a team
     * and nothing more.)
     */
    private static void fidelity(Map<String, AttributeValue> item, int i) {
        String specialist = "oslo-spesialist-" + i % 5;
        item.put("specialistId", s(specialist));
        item.put("teamId", s("team-oslo"));
        if (i < 20 || i >= 23) {
            item.put("activeSpecialistId", s(specialist));
        }
        if (i < 16) {
            item.put("lastFollowUpOn", s("2026-12-10"));
        }
        if (i >= 25) {
            item.put("firstEmployerContactOn", s("2026-11-0" + (i - 24)));
            item.put("employerContacts", AttributeValue.fromL(List.of(s("2026-11-0" + (i - 24) + "#ftf#" + specialist),
                    s("2026-12-01#ftf#" + specialist), s("2026-12-02#other#" + specialist))));
        }
    }

    private static Map<String, AttributeValue> agreement(String chain, String id, String status, String from, String to) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of("chainId", s(chain), "sk", s("AGREEMENT#" + id),
                "agreementId", s(id), "municipalityNumber", s("0301"), "status", s(status), "validFrom", s(from)));
        if (to != null) {
            item.put("validTo", s(to));
        }
        return item;
    }

    private static void put(LocalCloud cloud, String table, Map<String, AttributeValue> item) {
        cloud.dynamoDb().putItem(r -> r.tableName(cloud.tableName(table)).item(item));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String bucket() {
        return bucket(cloud());
    }

    static String bucket(LocalCloud cloud) {
        return cloud.bucketName("StatisticsBucket");
    }

    private static ResponseBytes<GetObjectResponse> bytes(String key) {
        return cloud().s3().getObjectAsBytes(r -> r.bucket(bucket()).key(key));
    }

    private static JsonNode json(String key) throws Exception {
        return MAPPER.readTree(bytes(key).asByteArray());
    }

    private static Map<String, byte[]> everything() {
        Map<String, byte[]> objects = new TreeMap<>();
        for (S3Object object : cloud().s3().listObjectsV2Paginator(r -> r.bucket(bucket()).prefix("stats/")).contents()) {
            objects.put(object.key(), bytes(object.key()).asByteArray());
        }
        return objects;
    }

    /** The value of one cell as text, or its status symbol when it has none. */
    static String cell(JsonNode dataset, String region, String period, String measure) {
        int[] size = MAPPER.convertValue(dataset.get("size"), int[].class);
        int r = dataset.at("/dimension/region/category/index/" + region).asInt(-1);
        int p = dataset.at("/dimension/tid/category/index/" + period).asInt(-1);
        int m = dataset.at("/dimension/statistikkvariabel/category/index/" + measure).asInt(-1);
        assertThat(new int[] {r, p, m}).as(region + "/" + period + "/" + measure).doesNotContain(-1);
        int index = (r * size[1] + p) * size[2] + m;
        JsonNode value = dataset.get("value").get(index);
        return value.isNull() ? dataset.get("status").get(Integer.toString(index)).asText() : value.asText();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
