package no.jobbstotte.followupactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.StoredPlacements;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.secret.ManagedSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The digest's "Utført" link through the whole local cloud: case-system events build a placement,
 * the 07:00 schedule mails the digest with its signed links, the link's page and button record
 * the follow-up as a placement event, PlacementEvents applies it, and the next working day's
 * digest no longer lists it (nor its calendar file, whose other events keep their UIDs). Links run against the real clock (the function's), so the digests
 * are for the coming working days.
 */
class DigestActionLinkEndToEndTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WorkingDays DAYS = WorkingDays.norway();
    private static final String PUBLIC_BASE = "https://jobbstotte.example";

    private final LocalCloud cloud = CLOUD.cloud();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String team = "team-" + UUID.randomUUID();
    private final String lead = "lead-" + UUID.randomUUID();
    private final String specialist = "js-" + UUID.randomUUID();
    private final String email = specialist + "@example.no";
    private final LocalDate today = WorkingDays.osloDate(Instant.now());
    private final LocalDate digestDay = DAYS.onOrAfter(today);

    @Test
    void doneLink_recordsAPlacementEvent_theNextDigestNoLongerListsIt_andEveryReplayChangesNothing() {
        String done = placementWithOverdueParticipantFollowUp();
        String other = placementWithOverdueParticipantFollowUp();
        LocalDate doneDue = due(done, "participantDue").orElseThrow();

        SentEmail first = digestOn(digestDay, 1);
        String token = doneToken(first, done);
        assertThat(signer().verify(token, Instant.now()))
                .isEqualTo(new ActionLink(ActionLink.Action.DONE, done, Party.PARTICIPANT, doneDue,
                        digestDay.plusDays(15).atStartOfDay(WorkingDays.OSLO).toInstant()));

        HttpResponse<String> page = get(token, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/v1/followup-actions\">",
                "Registrer som utført", "/frivillig/style.css");
        assertThat(due(done, "participantDue")).contains(doneDue);
        long revisionBefore = revision(done);

        // Five uses of one link at once, as a double click and a mail scanner might: at most one event applies.
        List<HttpResponse<String>> uses = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> postForm(token))).toList()
                .stream().map(CompletableFuture::join).toList();
        assertThat(uses).extracting(HttpResponse::statusCode).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
        assertThat(uses.stream().filter(u -> u.statusCode() == 200).findFirst().orElseThrow().body())
                .contains("Oppfølgingen er registrert");

        await().atMost(WAIT).until(() -> !due(done, "participantDue").equals(Optional.of(doneDue)));
        assertThat(due(done, "participantDue").orElseThrow()).isAfter(today);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> revision(done) == revisionBefore + 1);
        assertThat(state(done)).containsOnlyOnce(FollowUpActionsService.eventId(
                new ActionLink(ActionLink.Action.DONE, done, Party.PARTICIPANT, doneDue, Instant.EPOCH)));

        HttpResponse<String> replay = postForm(token);
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(replay.body()).contains("Allerede registrert", "Ingenting ble endret");
        HttpResponse<String> replayJson = postJson(token);
        assertThat(replayJson.statusCode()).isEqualTo(409);
        assertThat(replayJson.headers().firstValue("content-type")).contains("application/problem+json");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> revision(done) == revisionBefore + 1);

        SentEmail next = digestOn(DAYS.nextWorkingDay(digestDay), 2);
        assertThat(next.text()).contains("/saker/" + other);
        // The calendar files: the same follow-up keeps its UID, the one done is gone.
        Map<String, String> firstEvents = calendar(first);
        Map<String, String> nextEvents = calendar(next);
        assertThat(uidOf(nextEvents, other)).isEqualTo(uidOf(firstEvents, other));
        assertThat(nextEvents).doesNotContainKey(uidOf(firstEvents, done));
        assertThat(linksIn(next)).noneMatch(link -> link.placementId().equals(done) && link.dueOn().equals(doneDue));
        assertThat(next.text()).doesNotContain("frist " + doneDue.getDayOfMonth() + ". ");
        assertNoDeadLetters();
    }

    @Test
    void postponeLink_movesTheFollowUpToTheChosenWorkingDay_listedAgainThen_andAReplayChangesNothing() {
        String later = placementWithOverdueParticipantFollowUp();
        LocalDate due = due(later, "participantDue").orElseThrow();
        LocalDate newDue = PostponeDays.newDueOn(due, today, 3);
        assertThat(DAYS.workingDaysBetween(today, newDue)).isEqualTo(3);

        String token = token(digestOn(digestDay, 1), later, 2, "Utsett: ");
        assertThat(signer().verify(token, Instant.now()).action()).isEqualTo(ActionLink.Action.POSTPONE);
        HttpResponse<String> page = get(token, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<select id=\"days\" name=\"days\">", "<option value=\"5\" selected>",
                "<option value=\"10\">10 arbeidsdager</option>").doesNotContain("<option value=\"11\"", "<script");
        long revisionBefore = revision(later);

        HttpResponse<String> badChoice = postForm(token, "&days=11");
        assertThat(badChoice.statusCode()).isEqualTo(400);
        assertThat(badChoice.body()).contains("Ugyldig antall dager", "Ingenting ble endret");
        HttpResponse<String> missingChoice = postJson(token);
        assertThat(missingChoice.statusCode()).isEqualTo(400);
        assertThat(missingChoice.body()).contains("https://jobbstotte.no/problems/invalid-days");

        HttpResponse<String> postponed = postForm(token, "&days=3");
        assertThat(postponed.statusCode()).as(postponed.body()).isEqualTo(200);
        assertThat(postponed.body()).contains("Oppfølgingen er utsatt til");
        await().atMost(WAIT).until(() -> due(later, "participantDue").equals(Optional.of(newDue)));
        assertThat(state(later)).containsOnlyOnce(FollowUpActionsService.eventId(
                new ActionLink(ActionLink.Action.POSTPONE, later, Party.PARTICIPANT, due, Instant.EPOCH)));

        HttpResponse<String> replay = postForm(token, "&days=1");
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(replay.body()).contains("Allerede registrert");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> revision(later) == revisionBefore + 1);
        assertThat(due(later, "participantDue")).contains(newDue);

        SentEmail next = digestOn(DAYS.nextWorkingDay(digestDay), 2);
        // The participant's follow-up is no longer overdue; at most listed ahead on its new date.
        assertThat(linksIn(next)).filteredOn(link -> link.placementId().equals(later) && link.party() == Party.PARTICIPANT)
                .allMatch(link -> link.dueOn().equals(newDue));
        SentEmail then = digestOn(newDue, 3);
        assertThat(linksIn(then)).filteredOn(link -> link.placementId().equals(later) && link.party() == Party.PARTICIPANT)
                .extracting(ActionLink::dueOn, ActionLink::action)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(newDue, ActionLink.Action.DONE),
                        org.assertj.core.groups.Tuple.tuple(newDue, ActionLink.Action.POSTPONE));
        assertNoDeadLetters();
    }

    @Test
    void employerContactLink_forAPlacementInJobSearch_oneContactPerDoubleClick_badInputChangesNothing() {
        String searching = placementInJobSearch();
        String trial = placementWithOverdueParticipantFollowUp();
        SentEmail digest = digestOn(digestDay, 1);
        String token = token(digest, searching, 3, "Registrer arbeidsgiverkontakt: ");
        assertThat(signer().verify(token, Instant.now()).action()).isEqualTo(ActionLink.Action.EMPLOYER_CONTACT);
        assertThat(linksIn(digest)).filteredOn(link -> link.placementId().equals(trial))
                .extracting(ActionLink::action).doesNotContain(ActionLink.Action.EMPLOYER_CONTACT);

        HttpResponse<String> page = get(token, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Registrer arbeidsgiverkontakt", "name=\"faceToFace\" value=\"true\"",
                "Ansikt til ansikt", "Annen kontakt", "name=\"employerOrgNumber\"").doesNotContain("<script");
        long revisionBefore = revision(searching);

        HttpResponse<String> noChoice = postForm(token, "&employerOrgNumber=923609016");
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(noChoice.body()).contains("Velg hvordan kontakten var", "Ingenting ble endret");
        HttpResponse<String> wrongCheckDigit = postForm(token, "&faceToFace=true&employerOrgNumber=923609017");
        assertThat(wrongCheckDigit.statusCode()).isEqualTo(400);
        assertThat(wrongCheckDigit.body()).contains("Ugyldig organisasjonsnummer").doesNotContain("923609017");
        HttpResponse<String> jsonNotBoolean = http(HttpRequest.newBuilder(cloud.httpApiUrl().resolve("/v1/followup-actions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\",\"faceToFace\":\"ja\"}")));
        assertThat(jsonNotBoolean.statusCode()).isEqualTo(400);
        assertThat(jsonNotBoolean.headers().firstValue("content-type")).contains("application/problem+json");

        // A double click (and a third, impatient one): one contact.
        List<HttpResponse<String>> uses = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> postForm(token,
                        "&faceToFace=true&employerOrgNumber=923+609+016"))).toList()
                .stream().map(CompletableFuture::join).toList();
        assertThat(uses).allSatisfy(u -> assertThat(u.statusCode()).as(u.body()).isEqualTo(200));
        assertThat(uses.getFirst().body()).contains("Arbeidsgiverkontakten er registrert");

        await().atMost(WAIT).until(() -> item(searching).containsKey("employerContacts"));
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> revision(searching) == revisionBefore + 1);
        Map<String, AttributeValue> item = item(searching);
        assertThat(item.get("employerContacts").l()).extracting(AttributeValue::s)
                .containsExactly(today + "#ftf#" + specialist);
        assertThat(item.get("firstEmployerContactOn").s()).isEqualTo(today.toString());
        assertThat(state(searching)).containsOnlyOnce(FollowUpActionsService.contactEventId(searching, today,
                new ContactChoice(true, Optional.of("923609016"))));
        // The contacted employer is not the placement's: the follow-up stays due, for the same employer.
        assertThat(due(searching, "participantDue")).isPresent();
        assertNoDeadLetters();
    }

    @Test
    void tamperedOrExpiredLink_clearNorwegianPageOrProblem_andNothingSent() {
        String placement = placementWithOverdueParticipantFollowUp();
        LocalDate due = due(placement, "participantDue").orElseThrow();
        long revision = revision(placement);
        String expired = signer().sign(new ActionLink(ActionLink.Action.DONE, placement, Party.PARTICIPANT, due,
                Instant.now().minusSeconds(1)));
        String valid = signer().sign(new ActionLink(ActionLink.Action.DONE, placement, Party.PARTICIPANT, due,
                Instant.now().plusSeconds(3600)));
        String tampered = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");

        HttpResponse<String> expiredPage = postForm(expired);
        assertThat(expiredPage.statusCode()).isEqualTo(410);
        assertThat(expiredPage.body()).contains("<html lang=\"nb\">", "Lenken er utløpt", "Ingenting ble endret");
        HttpResponse<String> tamperedPage = get(tampered, "text/html");
        assertThat(tamperedPage.statusCode()).isEqualTo(400);
        assertThat(tamperedPage.body()).contains("Lenken virker ikke");
        HttpResponse<String> tamperedJson = postJson(tampered);
        assertThat(tamperedJson.statusCode()).isEqualTo(400);
        assertThat(tamperedJson.body()).contains("\"type\":\"https://jobbstotte.no/problems/link-invalid\"");

        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> revision(placement) == revision);
        assertThat(due(placement, "participantDue")).contains(due);
    }

    // ---- the case system, the schedule and the mailbox ---------------------------------------

    /** Referred and in a trial from three weeks back with no follow-up since: the participant's is overdue. */
    private String placementWithOverdueParticipantFollowUp() {
        String placement = referredTwentyFiveDaysAgo();
        send(new PlacementEvent.TrialStarted(header(placement, today.minusDays(21)), today.plusDays(14)));
        await().atMost(WAIT).until(() -> item(placement).containsKey("revision") && revision(placement) == 2);
        assertThat(due(placement, "participantDue")).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(today));
        return placement;
    }

    /** Referred three and a half weeks back with no follow-up since: in job search, its first contact overdue. */
    private String placementInJobSearch() {
        String placement = referredTwentyFiveDaysAgo();
        await().atMost(WAIT).until(() -> item(placement).containsKey("revision"));
        assertThat(due(placement, "participantDue")).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(today));
        return placement;
    }

    /** The team, its lead and the specialist, then a new placement of the specialist referred 25 days ago. */
    private String referredTwentyFiveDaysAgo() {
        send(new DirectoryEvent.TeamLeadUpserted("d-" + lead, lead, team, "Test Teamleder", lead + "@example.no"));
        send(new DirectoryEvent.SpecialistUpserted("d-" + specialist, specialist, "Test Spesialist", email, team, lead));
        // Directory first: a placement seen before its specialist is an orphan until the next write.
        await().atMost(WAIT).until(() -> cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("DirectoryTable"))
                .consistentRead(true).key(Map.of("personId", AttributeValue.fromS(specialist)))).hasItem());
        String placement = "plc-" + UUID.randomUUID();
        send(new PlacementEvent.Referred(header(placement, today.minusDays(25))));
        return placement;
    }

    private SentEmail digestOn(LocalDate day, int nth) {
        cloud.schedules().fireAt("FollowUpSchedulerFunction",
                day.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant());
        return await().atMost(WAIT).until(() -> cloud.mailbox().sent().stream().filter(m -> m.to().contains(email)).toList(),
                mails -> mails.size() >= nth).get(nth - 1);
    }

    private static String doneToken(SentEmail digest, String placementId) {
        return token(digest, placementId, 1, "Registrer som utført: ");
    }

    /** The link {@code offset} lines under the placement's participant line, as the specialist would click it. */
    private static String token(SentEmail digest, String placementId, int offset, String label) {
        List<String> lines = digest.text().lines().toList();
        for (int i = 1; i + offset < lines.size(); i++) {
            if (lines.get(i).endsWith("/saker/" + placementId) && lines.get(i - 1).startsWith("- Deltaker")) {
                String link = lines.get(i + offset).strip();
                assertThat(link).startsWith(label + PUBLIC_BASE + "/v1/followup-actions?token=");
                return link.substring(link.indexOf("token=") + "token=".length());
            }
        }
        throw new AssertionError("no participant line for " + placementId + " in\n" + digest.text());
    }

    /** The digest's one .ics attachment, parsed by ical4j: each event's UID and its description. */
    private static Map<String, String> calendar(SentEmail digest) {
        assertThat(digest.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).endsWith(".ics");
            assertThat(a.contentType()).startsWith("text/calendar");
        });
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(
                    new String(digest.attachments().get(0).content(), StandardCharsets.UTF_8)));
            calendar.validate();
            Map<String, String> events = new java.util.LinkedHashMap<>();
            for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
                events.put(event.getProperty(Property.UID).orElseThrow().getValue(),
                        event.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
            }
            return events;
        } catch (IOException | ParserException | net.fortuna.ical4j.validate.ValidationException e) {
            throw new AssertionError("the digest's calendar does not parse", e);
        }
    }

    private static String uidOf(Map<String, String> events, String placementId) {
        return events.entrySet().stream().filter(e -> e.getValue().endsWith("/saker/" + placementId))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no event for " + placementId));
    }

    private List<ActionLink> linksIn(SentEmail digest) {
        ActionLinkSigner signer = signer();
        return digest.text().lines().filter(l -> l.contains("/v1/followup-actions?token="))
                .map(l -> signer.verify(l.substring(l.indexOf("token=") + "token=".length()), Instant.now())).toList();
    }

    private ActionLinkSigner signer() {
        return new ActionLinkSigner(new ManagedSecret(cloud.secretsManager(), cloud.secretArn("FollowUpActionSigningSecret")));
    }

    private HttpResponse<String> get(String token, String accept) {
        return http(HttpRequest.newBuilder(cloud.httpApiUrl().resolve("/v1/followup-actions?token=" + token))
                .header("Accept", accept).GET());
    }

    private HttpResponse<String> postForm(String token) {
        return postForm(token, "");
    }

    private HttpResponse<String> postForm(String token, String moreFields) {
        return http(HttpRequest.newBuilder(cloud.httpApiUrl().resolve("/v1/followup-actions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + moreFields)));
    }

    private HttpResponse<String> postJson(String token) {
        return http(HttpRequest.newBuilder(cloud.httpApiUrl().resolve("/v1/followup-actions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
    }

    private HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private EventHeader header(String placementId, LocalDate day) {
        Instant at = day.atTime(LocalTime.of(10, 0)).atZone(WorkingDays.OSLO).toInstant();
        return new EventHeader(placementId + "-" + day + "-" + UUID.randomUUID(), placementId, specialist, team, "1506",
                Optional.of("964951284"), at);
    }

    private void send(InboundEvent event) {
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("PlacementEventsQueue"))
                .messageBody(PlacementEventJson.write(event)));
    }

    private Map<String, AttributeValue> item(String placementId) {
        Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("PlacementsTable"))
                .consistentRead(true).key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
        return item == null ? Map.of() : item;
    }

    private Optional<LocalDate> due(String placementId, String attribute) {
        return Optional.ofNullable(item(placementId).get(attribute)).map(v -> LocalDate.parse(v.s()));
    }

    private long revision(String placementId) {
        return Long.parseLong(item(placementId).get("revision").n());
    }

    private String state(String placementId) {
        return StoredPlacements.state(item(placementId));
    }

    private void assertNoDeadLetters() {
        for (String dlq : List.of("PlacementEventsDeadLetterQueue", "RemindersDeadLetterQueue")) {
            assertThat(cloud.sqs().receiveMessage(r -> r.queueUrl(cloud.queueUrl(dlq))).messages()).as(dlq).isEmpty();
        }
    }
}
