package no.jobbstotte.volunteerdigest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.inject.Inject;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.Coordinators;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.volunteercounts.ConfirmationCounts;
import no.jobbstotte.shared.table.volunteers.DailyNotices;
import no.jobbstotte.shared.table.volunteers.NewVolunteer;
import no.jobbstotte.shared.table.volunteers.Notice;
import no.jobbstotte.shared.volunteer.VolunteerCalendar;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * One notice per recipient per day: the volunteers confirmed on the Oslo day before the
 * schedule fired, grouped by municipality and sent to its coordinator, or to the national
 * contact where a municipality has none. A marker per recipient and day makes a re-run harmless.
 * It also counts each of these confirmations, which changes nothing where the sign-up already did:
 * a confirmation whose count a crash cut short, and that the volunteer never retried, is counted
 * here, the morning after. A coordinator whose address bounced or complained gets nothing: the
 * national contact gets those volunteers instead, told why, so the address can be put right.
 */
public final class VolunteerDigestService {

    /**
     * Summary of a run, for the log and the scheduler's view of the invocation.
     *
     * @param counted confirmations the sign-up had left uncounted, counted by this run
     */
    public record Result(LocalDate day, int volunteers, int sent, int alreadySent, int counted) {}

    private static final Log LOG = Log.get(VolunteerDigestService.class);
    private static final Duration MARKER_TTL = Duration.ofDays(35);

    private final DailyNotices notices;
    private final ConfirmationCounts counts;
    private final Coordinators coordinators;
    private final SesV2Client ses;
    private final DigestSettings settings;
    private final Municipalities municipalities;
    private final Suppressions suppressions;

    @Inject
    public VolunteerDigestService(DailyNotices notices, ConfirmationCounts counts, Coordinators coordinators,
            SesV2Client ses, DigestSettings settings, Municipalities municipalities, Suppressions suppressions) {
        this.notices = notices;
        this.counts = counts;
        this.coordinators = coordinators;
        this.ses = ses;
        this.settings = settings;
        this.municipalities = municipalities;
        this.suppressions = suppressions;
    }

    /** The day a firing reports on: the Oslo date before its scheduled time, whatever time it really ran. */
    public static LocalDate reportedDay(Instant scheduledTime) {
        return LocalDate.ofInstant(scheduledTime, VolunteerCalendar.ZONE).minusDays(1);
    }

    public Result run(Instant scheduledTime) {
        LocalDate day = reportedDay(scheduledTime);
        List<NewVolunteer> volunteers = notices.confirmedOn(day);
        Map<String, String> recipientOf = new HashMap<>();
        Set<String> unreachable = new TreeSet<>();
        Map<String, List<NewVolunteer>> byRecipient = new TreeMap<>();
        for (NewVolunteer volunteer : volunteers) {
            String recipient = recipientOf.computeIfAbsent(volunteer.municipalityNumber(), m -> recipientFor(m, unreachable));
            byRecipient.computeIfAbsent(recipient.toLowerCase(Locale.ROOT), r -> new java.util.ArrayList<>()).add(volunteer);
        }
        int sent = 0;
        for (Map.Entry<String, List<NewVolunteer>> entry : byRecipient.entrySet()) {
            Notice notice = new Notice(day, sha256(entry.getKey()));
            if (!notices.claim(notice, scheduledTime.plus(MARKER_TTL))) {
                continue;
            }
            try {
                send(entry.getKey(), day, entry.getValue(), unreachable);
            } catch (RuntimeException e) {
                notices.release(notice);
                throw e;
            }
            notices.markSent(notice);
            sent++;
        }
        // After the notices, so that the coordinators hear of their volunteers even while the counts table fails.
        int counted = (int) volunteers.stream()
                .filter(v -> counts.countOnce(v.countId(), v.municipalityNumber(), YearMonth.from(day))).count();
        Result result = new Result(day, volunteers.size(), sent, byRecipient.size() - sent, counted);
        LOG.info("volunteer digest done", "day", day.toString(), "volunteers", result.volunteers(),
                "sent", result.sent(), "alreadySent", result.alreadySent(), "counted", result.counted());
        return result;
    }

    /** The coordinator, unless there is none or their address bounced or complained: then the national contact. */
    private String recipientFor(String municipalityNumber, Set<String> unreachable) {
        Optional<String> coordinator = coordinators.find(municipalityNumber).map(Coordinator::email);
        if (coordinator.isPresent() && suppressions.isSuppressed(coordinator.get())) {
            unreachable.add(municipalityNumber);
            return settings.nationalContact();
        }
        return coordinator.orElse(settings.nationalContact());
    }

    private void send(String to, LocalDate day, List<NewVolunteer> volunteers, Set<String> unreachable) {
        Set<String> unreachableHere = new TreeSet<>();
        volunteers.forEach(v -> {
            if (unreachable.contains(v.municipalityNumber())) {
                unreachableHere.add(v.municipalityNumber());
            }
        });
        String text = DigestMail.text(day, volunteers, municipalities) + DigestMail.unreachableCoordinators(unreachableHere,
                municipalities);
        ses.sendEmail(r -> r.fromEmailAddress(settings.sender()).configurationSetName(settings.configurationSet())
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(DigestMail.subject(day, volunteers.size())).charset("UTF-8"))
                        .body(b -> b.text(t -> t.data(text).charset("UTF-8"))))));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
