package no.jobbstotte.localcloud.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.shared.followup.WorkingDays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * After the follow-up step: the first demo specialist marks one follow-up done through the
 * "Registrer som utført" link in the digest (the page, then its button), the event goes through
 * the placement-events queue, and the next working day's digest no longer lists it.
 */
final class ActionLinkDemo implements DemoStep {

    private static final String SPECIALIST_ADDRESS = "jobbspesialist1@jobbstotte.example";
    private static final Pattern DONE_LINE = Pattern.compile("^  Registrer som utført: \\S+\\?token=(\\S+)$");
    /** The item's line up to its deadline: the part that names the follow-up, whatever the day. */
    private static final Pattern ITEM = Pattern.compile("^(- .*?, frist [^,(]+(?: \\(planlagt [^)]+\\))?)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public String title() {
        return "digest link: one follow-up marked done, gone from the next day's digest";
    }

    @Override
    public Set<String> requiredFunctions() {
        return Set.of("PlacementEventsFunction", "FollowUpSchedulerFunction", "ReminderSenderFunction",
                "FollowUpActionsFunction");
    }

    @Override
    public void run(LocalCloud cloud, PrintStream out) {
        List<SentEmail> before = mailsTo(cloud);
        if (before.isEmpty()) {
            throw new IllegalStateException("no digest to " + SPECIALIST_ADDRESS + "; the follow-up step runs first");
        }
        SentEmail digest = before.getLast();
        List<String> lines = digest.text().lines().toList();
        int done = indexOfFirstDoneLink(lines);
        String item = firstMatch(ITEM, lines.get(done - 2));
        String placementId = lines.get(done - 1).substring(lines.get(done - 1).lastIndexOf('/') + 1);
        String token = firstMatch(DONE_LINE, lines.get(done));
        long revision = revision(cloud, placementId);

        int page = send(HttpRequest.newBuilder(cloud.httpApiUrl().resolve("/v1/followup-actions?token=" + token))
                .header("Accept", "text/html").GET());
        int posted = send(HttpRequest.newBuilder(cloud.httpApiUrl().resolve("/v1/followup-actions"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        if (page != 200 || posted != 200) {
            throw new IllegalStateException("the link's page answered " + page + " and its button " + posted);
        }
        FollowUpDemo.waitUntil(() -> revision(cloud, placementId) > revision, "the follow_up_done event applied");
        out.printf("   %s: \"%s\" marked done through its link (page %d, button %d); PlacementEvents applied the event%n",
                SPECIALIST_ADDRESS, item.substring(2), page, posted);

        // The follow-up step ran its first day (today, or the next working day) and the working day
        // after it (the team lead told of the bounce), whose digests are sent already: so the one after.
        WorkingDays workingDays = WorkingDays.norway();
        LocalDate nextDay = workingDays.nextWorkingDay(workingDays.nextWorkingDay(
                workingDays.onOrAfter(WorkingDays.osloDate(Instant.now()))));
        cloud.schedules().fireAt("FollowUpSchedulerFunction",
                nextDay.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant());
        FollowUpDemo.waitUntil(() -> mailsTo(cloud).size() > before.size(), "the next working day's digest");
        SentEmail next = mailsTo(cloud).getLast();
        if (next.text().contains(item)) {
            throw new IllegalStateException("the next digest still lists " + item);
        }
        out.printf("   %s 07:00: the next digest to %s no longer lists it%n", nextDay, SPECIALIST_ADDRESS);
    }

    private static int indexOfFirstDoneLink(List<String> lines) {
        for (int i = 2; i < lines.size(); i++) {
            if (DONE_LINE.matcher(lines.get(i)).matches() && ITEM.matcher(lines.get(i - 2)).find()) {
                return i;
            }
        }
        throw new IllegalStateException("the digest has no \"Registrer som utført\" link");
    }

    private static String firstMatch(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected digest line: " + line);
        }
        return matcher.group(1);
    }

    private static List<SentEmail> mailsTo(LocalCloud cloud) {
        return cloud.mailbox().sent().stream().filter(m -> m.to().contains(SPECIALIST_ADDRESS)).toList();
    }

    private static long revision(LocalCloud cloud, String placementId) {
        Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable"))
                .consistentRead(true).key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
        return item == null || !item.containsKey("revision") ? 0 : Long.parseLong(item.get("revision").n());
    }

    private int send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
