package no.jobbstotte.localcloud.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.time.LocalTime;
import java.util.Set;
import no.jobbstotte.localcloud.DashboardSite;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.followup.WorkingDays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Tonight's statistics run over everything the demo stored, then where to see it. */
final class StatisticsDemo implements DemoStep {

    @Override
    public String title() {
        return "anonymised statistics: the nightly publication and the dashboard";
    }

    @Override
    public Set<String> requiredFunctions() {
        return Set.of("StatisticsPublisherFunction");
    }

    @Override
    public void run(LocalCloud cloud, PrintStream out) {
        LocalDate night = WorkingDays.osloDate(Instant.now()).plusDays(1);
        YearMonth quarter = lastQuarterLockedBy(night);
        int seeded = seedHistory(cloud, quarter);
        out.printf("   %d earlier placements (2024-2026, invented) written to the placements table, so the tables have numbers%n", seeded);
        // A quarter's IPS quality is counted on the night it is locked (the 15th after it), while its
        // employer contacts are all still kept: the run of that night first, as the schedule would
        // have made it, then tonight's.
        Object quarterNight = cloud.schedules().fireAt("StatisticsPublisherFunction", at(lockNight(quarter))).response();
        out.printf("   StatisticsPublisher, the night %s was locked: %s%n", quarter, quarterNight);
        Object summary = cloud.schedules().fireAt("StatisticsPublisherFunction", at(night)).response();
        String bucket = cloud.bucketName("StatisticsBucket");
        out.printf("   StatisticsPublisher: %s%n", summary);
        out.printf("   published: %s/%s/stats/v1/latest/manifest.json%n", cloud.endpoints().s3(), bucket);
        out.printf("   feed of publications (Atom): %s/%s/stats/v1/latest/feed.atom%n", cloud.endpoints().s3(), bucket);
        out.printf("   dashboard: %s (placements, agreements, volunteers; country, counties, municipalities; IPS quality by county)%n",
                DashboardSite.url(cloud));
        out.println("   cells under 5 (and what would reveal them) are suppressed and shown as '–' by the disclosure rule");
    }

    private static Instant at(LocalDate night) {
        return night.atTime(LocalTime.of(2, 30)).atZone(WorkingDays.OSLO).toInstant();
    }

    /** The night a month (and the quarter it ends) is published and locked: the 15th of the month after. */
    private static LocalDate lockNight(YearMonth month) {
        return month.plusMonths(1).atDay(15);
    }

    /** The last month of the newest quarter whose lock night (the 15th after it) is on or before {@code night}. */
    static YearMonth lastQuarterLockedBy(LocalDate night) {
        YearMonth last = YearMonth.from(night).plusMonths(2 - (night.getMonthValue() - 1) % 3);
        while (lockNight(last).isAfter(night)) {
            last = last.minusMonths(3);
        }
        return last;
    }

    /**
     * Three years of invented placements in a few municipalities, written straight to the table
     * with the stage dates the statistics read (docs/followup-data.md) and the IPS fidelity facts
     * ({@link DemoFidelity}, around the quarter ending with {@code quarter}); a fixed seed keeps the
     * published numbers the same on every demo run.
     */
    private static int seedHistory(LocalCloud cloud, YearMonth quarter) {
        List<String> municipalities = List.of("0301", "4601", "5001", "1508", "1103", "3201", "1806", "5501");
        Random random = new Random(2026);
        DemoFidelity fidelity = new DemoFidelity(quarter);
        List<WriteRequest> writes = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 1);
        int count = 3000;
        for (int i = 0; i < count; i++) {
            LocalDate referred = first.plusDays(random.nextInt(1000));
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("placementId", AttributeValue.fromS("stat-demo-" + i));
            item.put("municipalityNumber", AttributeValue.fromS(municipalities.get(random.nextInt(municipalities.size()))));
            item.put("referredOn", AttributeValue.fromS(referred.toString()));
            String phase = "REFERRED";
            if (random.nextInt(10) < 8) {
                LocalDate trial = referred.plusDays(10 + random.nextInt(40));
                item.put("trialStartedOn", AttributeValue.fromS(trial.toString()));
                phase = "TRIAL";
                if (random.nextInt(10) < 8) {
                    item.put("hiredOn", AttributeValue.fromS(trial.plusDays(28).toString()));
                    phase = "HIRED";
                } else {
                    item.put("endedOn", AttributeValue.fromS(trial.plusDays(14 + random.nextInt(14)).toString()));
                    phase = "ENDED";
                }
            }
            item.put("phase", AttributeValue.fromS(phase));
            fidelity.add(item);
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        String table = cloud.tableName("PlacementsTable");
        for (int from = 0; from < writes.size(); from += 25) {
            List<WriteRequest> batch = writes.subList(from, Math.min(writes.size(), from + 25));
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> requested = pending;
                pending = cloud.dynamoDb().batchWriteItem(r -> r.requestItems(requested)).unprocessedItems();
            }
        }
        return count;
    }
}
