package no.jobbstotte.shared.fidelity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A specialist's or a team's IPS fidelity figures for one week, from the placements' facts alone,
 * so the weekly mail and the publication agree on what each figure means. Every window ends on
 * {@code weekEnding} (the Sunday closing the week) and includes it; docs/fidelity.md describes each
 * figure and where it departs from the scale.
 *
 * <p>The facts are today's: a figure for an earlier week reads the dates they carry (referral, hire,
 * end, contacts) as of that week, but a placement moved between specialists since then is credited
 * to its specialist now.
 */
public final class FidelityIndicators {

    /** The scale expects the first employer contact within a month; a slower start shows from then. */
    static final int RAPID_START_DAYS = 30;
    /** Participants referred in this many days up to the week count for rapid job search. */
    static final int REFERRAL_WINDOW_DAYS = 365;
    /** Employer contacts are counted over four whole weeks (Monday to the closing Sunday). */
    static final int CONTACT_WEEKS = 4;
    /** A hired participant counts as followed along with a follow-up in this many days. */
    static final int FOLLOW_UP_WINDOW_DAYS = 90;

    private FidelityIndicators() {}

    /**
     * One specialist's figures. Caseload, rapid job search and follow-along read the placements the
     * specialist is responsible for; employer contacts are those credited to the specialist on any
     * placement in {@code facts}, so pass the team's placements, not only the specialist's.
     */
    public static FidelityFigures ofSpecialist(
            String specialistId, Collection<FidelityFacts> facts, LocalDate weekEnding) {
        Objects.requireNonNull(specialistId, "specialistId");
        return figures(Set.of(specialistId), facts, weekEnding,
                each -> each.specialistId().equals(specialistId));
    }

    /**
     * A team's figures. {@code facts} are the team's placements, all of them counted; the
     * specialists are the divisor of the caseload (also those with no placement) and those whose
     * employer contacts are averaged.
     */
    public static FidelityFigures ofTeam(
            Set<String> specialistIds, Collection<FidelityFacts> facts, LocalDate weekEnding) {
        return figures(Set.copyOf(specialistIds), facts, weekEnding, each -> true);
    }

    private static FidelityFigures figures(
            Set<String> specialists,
            Collection<FidelityFacts> facts,
            LocalDate weekEnding,
            Predicate<FidelityFacts> responsible) {
        Objects.requireNonNull(weekEnding, "weekEnding");
        List<FidelityFacts> own = facts.stream().filter(responsible).toList();
        return new FidelityFigures(List.of(
                caseload(specialists.size(), own, weekEnding),
                rapidJobSearch(own, weekEnding),
                employerContact(specialists, facts, weekEnding),
                followAlong(own, weekEnding)));
    }

    /** Placements on a caseload at the week's end, per specialist; basis: the specialists. */
    private static ItemFigure caseload(int specialists, List<FidelityFacts> facts, LocalDate weekEnding) {
        if (specialists == 0) {
            return ItemFigure.empty(IpsItem.CASELOAD_SIZE);
        }
        long active = facts.stream().filter(each -> activeAt(each, weekEnding)).count();
        return ItemFigure.of(IpsItem.CASELOAD_SIZE, (double) active / specialists, specialists);
    }

    /**
     * Mean days from referral to the first employer contact, over participants referred in the
     * {@value #REFERRAL_WINDOW_DAYS} days up to the week's end. One still waiting counts with the
     * days so far once they pass {@value #RAPID_START_DAYS}: otherwise a team that never makes the
     * contact would look fast. Basis: the participants counted.
     */
    private static ItemFigure rapidJobSearch(List<FidelityFacts> facts, LocalDate weekEnding) {
        long days = 0;
        int counted = 0;
        for (FidelityFacts each : facts) {
            Optional<Long> waited = daysToFirstContact(each, weekEnding);
            if (waited.isPresent()) {
                days += waited.get();
                counted++;
            }
        }
        return counted == 0
                ? ItemFigure.empty(IpsItem.RAPID_JOB_SEARCH)
                : ItemFigure.of(IpsItem.RAPID_JOB_SEARCH, (double) days / counted, counted);
    }

    /** Empty when the participant does not count (see {@link #rapidJobSearch}). */
    static Optional<Long> daysToFirstContact(FidelityFacts facts, LocalDate weekEnding) {
        if (facts.referredOn().isEmpty()
                || !within(facts.referredOn().get(), weekEnding, REFERRAL_WINDOW_DAYS)) {
            return Optional.empty();
        }
        LocalDate referredOn = facts.referredOn().get();
        Optional<LocalDate> contact = facts.firstEmployerContactOn().filter(on -> !on.isAfter(weekEnding));
        if (contact.isPresent()) {
            // The facts promise "on or after referral"; a contact dated before it was still rapid.
            return Optional.of(Math.max(0, ChronoUnit.DAYS.between(referredOn, contact.get())));
        }
        // No contact by the week's end: the clock runs until then, or until the placement ended.
        LocalDate stop = facts.endedOn().filter(on -> on.isBefore(weekEnding)).orElse(weekEnding);
        long waited = ChronoUnit.DAYS.between(referredOn, stop);
        return waited > RAPID_START_DAYS ? Optional.of(waited) : Optional.empty();
    }

    /**
     * Face-to-face employer contacts credited to the specialists in the {@value #CONTACT_WEEKS}
     * weeks up to the week's end, per week and specialist; basis: the specialists.
     */
    private static ItemFigure employerContact(
            Set<String> specialists, Collection<FidelityFacts> facts, LocalDate weekEnding) {
        if (specialists.isEmpty()) {
            return ItemFigure.empty(IpsItem.EMPLOYER_CONTACT);
        }
        long contacts = facts.stream()
                .flatMap(each -> each.employerContacts().stream())
                .filter(contact -> contact.faceToFace()
                        && specialists.contains(contact.specialistId())
                        && within(contact.on(), weekEnding, CONTACT_WEEKS * 7))
                .count();
        double perWeek = (double) contacts / CONTACT_WEEKS / specialists.size();
        return ItemFigure.of(IpsItem.EMPLOYER_CONTACT, perWeek, specialists.size());
    }

    /**
     * Of the participants hired and still on a caseload at the week's end, the share with a
     * follow-up in the {@value #FOLLOW_UP_WINDOW_DAYS} days up to it. One whose last follow-up is
     * after the week's end is left out: today's facts cannot say whether there was one in that
     * week's window. Basis: the participants counted.
     */
    private static ItemFigure followAlong(List<FidelityFacts> facts, LocalDate weekEnding) {
        int hired = 0;
        int followed = 0;
        for (FidelityFacts each : facts) {
            boolean working = each.hiredOn().filter(on -> !on.isAfter(weekEnding)).isPresent()
                    && activeAt(each, weekEnding);
            boolean unknown = each.lastFollowUpOn().filter(on -> on.isAfter(weekEnding)).isPresent();
            if (!working || unknown) {
                continue;
            }
            hired++;
            if (each.lastFollowUpOn().filter(on -> within(on, weekEnding, FOLLOW_UP_WINDOW_DAYS)).isPresent()) {
                followed++;
            }
        }
        return hired == 0
                ? ItemFigure.empty(IpsItem.FOLLOW_ALONG)
                : ItemFigure.of(IpsItem.FOLLOW_ALONG, (double) followed / hired, hired);
    }

    /**
     * On a caseload at the end of {@code day}: referred by then (a placement without a referral date
     * predates the stage dates and counts) and not ended by then. Without an end date the
     * {@code active} flag decides, so an ended placement whose date was lost is not counted.
     */
    static boolean activeAt(FidelityFacts facts, LocalDate day) {
        boolean referred = facts.referredOn().map(on -> !on.isAfter(day)).orElse(true);
        boolean notEnded = facts.endedOn().map(on -> on.isAfter(day)).orElse(facts.active());
        return referred && notEnded;
    }

    /** {@code day} is one of the {@code days} days ending with (and including) {@code last}. */
    static boolean within(LocalDate day, LocalDate last, int days) {
        return !day.isAfter(last) && day.isAfter(last.minusDays(days));
    }
}
