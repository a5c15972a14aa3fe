package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.FaultProxies;
import no.jobbstotte.localcloud.testing.Fault;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * StatisticsPublisher under S3 faults: throttling (503 SlowDown), a latest manifest written but
 * answered with 500, 500s, a connection dropped during a PUT, S3 unreachable. After every
 * failed run {@code latest} still names a complete publication and every manifest lists exactly
 * the files beside it; the run fails loudly (function error, error log); once S3 is back a re-run
 * completes the publication, and a further fault-free run finds every object already as it would
 * write it.
 */
@Order(74)
class FaultStatisticsPublisherTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    /** 02:30 in Oslo on 25 and 26 November 2026. */
    private static final Instant NIGHT_ONE = Instant.parse("2026-11-25T01:30:00Z");
    private static final Instant NIGHT_TWO = Instant.parse("2026-11-26T01:30:00Z");
    private static final String DATED_TWO = "stats/v1/2026-11-26/";
    private static final String LATEST_MANIFEST = "stats/v1/latest/manifest.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void nightTwoUnderS3Faults_latestAlwaysNamesACompletePublication_andTheReRunFinishesIt() {
        FaultProxy s3 = CLOUD.faults().s3();
        // Placements in 2025, so that a whole year is published and with it every dataset.
        seedPlacements(12, "2025-03-10");
        cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT_ONE);
        assertConsistent("2026-11-25");
        // Night two (a new dated folder; the placements registered since are dated in locked months,
        // so its numbers are night one's). Throttling the SDK rides out, but the latest manifest is
        // written and then answered with 500 on every try: the run fails, yet latest already names
        // night two, complete, and the re-run finds nothing left to write.
        seedPlacements(9, "2025-06-02");
        int logStart = FaultSupport.logMark();
        var throttled = s3.failNext(2, FaultProxies.s3Put(DATED_TWO + "plasseringer-fylke.json"), 503, "SlowDown");
        var slowDatedManifest = s3.failNext(1, FaultProxies.s3Put(DATED_TWO + "manifest.json"), 503, "SlowDown");
        var latestThen500 = s3.arm(FaultProxies.s3Put(LATEST_MANIFEST), Fault.Timing.AFTER, 500, "InternalError", -1);
        assertThatThrownBy(() -> cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT_TWO))
                .as("latest written but answered 500: the run must fail").isNotNull();
        latestThen500.disarm();
        assertThat(throttled.spent()).isTrue();
        assertThat(slowDatedManifest.spent()).isTrue();
        assertThat(latestThen500.struck()).isGreaterThan(1);
        assertConsistent("2026-11-26");
        String nightTwoAgain = cloud().schedules().fireAt("StatisticsPublisherFunction", NIGHT_TWO).response().toString();
        assertThat(nightTwoAgain).startsWith("published 2026-11-26: 17 files (0 written)");

        // Night three (a new dated folder again) under faults the SDK cannot ride out, each on a file the
        // runs before did not reach: each run fails, and latest stays on night two.
        seedPlacements(7, "2025-09-15");
        Instant nightThree = Instant.parse("2026-11-27T01:30:00Z");
        String datedThree = "stats/v1/2026-11-27/";
        int failedRuns = 1;
        for (Outage outage : Outage.values()) {
            Fault fault = outage.arm(s3, datedThree);
            assertThatThrownBy(() -> cloud().schedules().fireAt("StatisticsPublisherFunction", nightThree))
                    .as("%s: the run must fail, not report success", outage).isNotNull();
            failedRuns++;
            if (fault != null) {
                fault.disarm();
                assertThat(fault.struck()).as("%s struck", outage).isGreaterThan(1);
            } else {
                s3.comeBack();
            }
            assertConsistent("2026-11-26");
        }
        assertThat(FaultSupport.logSince(logStart)).as("each failed run logs an error")
                .contains("statistics publication failed");

        String recovered = cloud().schedules().fireAt("StatisticsPublisherFunction", nightThree).response().toString();
        assertConsistent("2026-11-27");
        Map<String, byte[]> afterRecovery = everything();
        String clean = cloud().schedules().fireAt("StatisticsPublisherFunction", nightThree).response().toString();
        Map<String, byte[]> afterClean = everything();

        int listed = 0;
        int missing = 0;
        for (String date : List.of("2026-11-25", "2026-11-26", "2026-11-27")) {
            listed += files(json(afterClean, "stats/v1/" + date + "/manifest.json")).size();
            missing += missingFiles(afterClean, date);
        }
        FaultSupport.count(1 + failedRuns + 3, 3, unlistedObjects(afterClean), missing, s3.injected());

        assertThat(recovered).as("the re-run writes what the failed runs did not")
                .startsWith("published 2026-11-27: 17 files (").doesNotContain("(0 written)");
        assertThat(clean).as("a fault-free run finds nothing left to write").contains("(0 written)");
        assertThat(afterClean.keySet()).isEqualTo(afterRecovery.keySet());
        afterRecovery.forEach((key, bytes) -> assertThat(afterClean.get(key)).as(key).isEqualTo(bytes));
        assertThat(listed).isEqualTo(48);
        assertThat(missing).isZero();
    }

    /**
     * Faults that outlast the SDK's retries, each on a later file of night three's publication than
     * the one before (data files go in table order, JSON-stat before CSV), then S3 gone altogether.
     */
    private enum Outage {
        SLOW_DOWN_THROUGHOUT {
            @Override
            Fault arm(FaultProxy s3, String dated) {
                return s3.failUntilDisarmed(FaultProxies.s3Put(dated + "plasseringer-kommune.csv"), 503, "SlowDown");
            }
        },
        INTERNAL_ERROR_THROUGHOUT {
            @Override
            Fault arm(FaultProxy s3, String dated) {
                return s3.failUntilDisarmed(FaultProxies.s3Put(dated + "frivillige-fylke.json"), 500, "InternalError");
            }
        },
        CONNECTION_DROPPED_DURING_PUT {
            @Override
            Fault arm(FaultProxy s3, String dated) {
                return s3.arm(FaultProxies.s3Put(dated + "avtaler.csv"), Fault.Timing.BEFORE, 0, null, -1);
            }
        },
        UNREACHABLE {
            @Override
            Fault arm(FaultProxy s3, String dated) {
                s3.goDown();
                return null;
            }
        };

        abstract Fault arm(FaultProxy s3, String dated);
    }

    /**
     * Latest names {@code expectedDate}; every file it lists resolves to an object of the listed size
     * and checksum; and each dated manifest lists exactly the data files in its folder, all present.
     */
    private void assertConsistent(String expectedDate) {
        Map<String, byte[]> objects = everything();
        JsonNode latest = json(objects, LATEST_MANIFEST);
        assertThat(latest.get("published").asText()).as("latest").isEqualTo(expectedDate);
        URI base = URI.create("/" + LATEST_MANIFEST);
        for (JsonNode file : files(latest)) {
            String key = base.resolve(file.get("path").asText()).getPath().substring(1);
            assertThat(objects).as("listed by latest").containsKey(key);
            assertThat(objects.get(key)).as(key).hasSize(file.get("bytes").asInt());
            assertThat(sha256(objects.get(key))).as(key).isEqualTo(file.get("sha256").asText());
        }
        assertThat(files(latest)).hasSize(16);
        assertThat(unlistedObjects(objects)).as("objects beside a manifest that it does not list").isZero();
        for (String key : objects.keySet()) {
            if (key.endsWith("/manifest.json") && !key.equals(LATEST_MANIFEST)) {
                String date = key.substring("stats/v1/".length(), key.length() - "/manifest.json".length());
                assertThat(missingFiles(objects, date)).as("files missing from " + date).isZero();
            }
        }
    }

    /** Data files in dated folders that have a manifest, but that the manifest does not list. */
    private static int unlistedObjects(Map<String, byte[]> objects) {
        Map<String, Set<String>> byFolder = new TreeMap<>();
        objects.keySet().forEach(key -> byFolder.computeIfAbsent(key.substring(0, key.lastIndexOf('/') + 1),
                k -> new TreeSet<>()).add(key.substring(key.lastIndexOf('/') + 1)));
        int unlisted = 0;
        for (var folder : byFolder.entrySet()) {
            if (!folder.getValue().contains("manifest.json") || folder.getKey().endsWith("/latest/")) {
                continue;
            }
            Set<String> listed = new TreeSet<>();
            files(json(objects, folder.getKey() + "manifest.json")).forEach(f -> listed.add(f.get("path").asText()));
            unlisted += (int) folder.getValue().stream()
                    .filter(name -> !name.equals("manifest.json") && !listed.contains(name)).count();
        }
        return unlisted;
    }

    /** Files a dated manifest lists that are absent or differ from their listed checksum. */
    private static int missingFiles(Map<String, byte[]> objects, String date) {
        String folder = "stats/v1/" + date + "/";
        int missing = 0;
        for (JsonNode file : files(json(objects, folder + "manifest.json"))) {
            byte[] bytes = objects.get(folder + file.get("path").asText());
            if (bytes == null || !sha256(bytes).equals(file.get("sha256").asText())) {
                missing++;
            }
        }
        return missing;
    }

    private static List<JsonNode> files(JsonNode manifest) {
        List<JsonNode> files = new ArrayList<>();
        manifest.get("datasets").forEach(dataset -> dataset.get("files").forEach(files::add));
        return files;
    }


    private void seedPlacements(int count, String referredOn) {
        for (int i = 0; i < count; i++) {
            cloud().dynamoDb().putItem(r -> r.tableName(cloud().tableName("PlacementsTable")).item(Map.of(
                    "placementId", AttributeValue.fromS(UUID.randomUUID().toString()),
                    "municipalityNumber", AttributeValue.fromS("0301"), "phase", AttributeValue.fromS("REFERRED"),
                    "referredOn", AttributeValue.fromS(referredOn))));
        }
    }

    private String bucket() {
        return cloud().bucketName("StatisticsBucket");
    }

    private byte[] bytes(String key) {
        return cloud().s3().getObjectAsBytes(r -> r.bucket(bucket()).key(key)).asByteArray();
    }

    private static JsonNode json(Map<String, byte[]> objects, String key) {
        assertThat(objects).containsKey(key);
        try {
            return MAPPER.readTree(objects.get(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object under stats/, read in parallel: the checks read the whole bucket often. */
    private Map<String, byte[]> everything() {
        List<String> keys = cloud().s3().listObjectsV2Paginator(r -> r.bucket(bucket()).prefix("stats/")).contents()
                .stream().map(S3Object::key).toList();
        return new TreeMap<>(keys.parallelStream().collect(Collectors.toMap(key -> key, this::bytes)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
