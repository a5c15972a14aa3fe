package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.table.placements.PlacementMilestones;

/**
 * The IPS fidelity side of a {@link RandomHistory}: per placement its specialist (one of a dozen,
 * so a county has from a few to many), its first face-to-face employer contact (now and then
 * registered months late), its last follow-up once hired, its employer contacts in job
 * development, and specialists taking over caseloads. A placement first seen gets a plausible past.
 */
final class RandomFidelity {

    private static final int SPECIALISTS = 12;

    private static final class Extras {
        String specialist;
        LocalDate firstContact;
        LocalDate lastFollowUp;
        final List<FidelityFacts.EmployerContact> contacts = new ArrayList<>();
    }

    private final Random random;
    private final Map<Integer, Extras> extras = new HashMap<>();

    RandomFidelity(long seed) {
        this.random = new Random(seed);
    }

    /** The day before a night: a few first contacts, follow-ups, employer contacts and changes of specialist. */
    void night(LocalDate day, Map<Integer, PlacementMilestones> placements) {
        List<Integer> ids = new ArrayList<>(placements.keySet());
        if (ids.isEmpty()) {
            return;
        }
        for (int n = random.nextInt(7); n > 0; n--) {
            int id = ids.get(random.nextInt(ids.size()));
            PlacementMilestones p = placements.get(id);
            Extras x = extras(id, p, day);
            LocalDate when = day.minusDays(random.nextInt(4));
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (x.firstContact == null && p.endedOn() == null) {
                        // One in eight is registered late, dated in a quarter that may be locked already.
                        LocalDate on = random.nextInt(8) == 0 ? day.minusDays(40 + random.nextInt(200)) : when;
                        x.firstContact = on.isBefore(p.referredOn()) ? p.referredOn() : on;
                    }
                }
                case 1 -> {
                    if (p.hiredOn() != null && p.endedOn() == null && !when.isBefore(p.hiredOn())) {
                        x.lastFollowUp = when;
                    }
                }
                case 2 -> {
                    if (p.endedOn() == null && !when.isBefore(p.referredOn())) {
                        x.contacts.add(new FidelityFacts.EmployerContact(when, random.nextInt(3) != 0, x.specialist));
                        x.contacts.sort((a, b) -> a.on().compareTo(b.on()));
                        LocalDate newest = x.contacts.get(x.contacts.size() - 1).on();
                        x.contacts.removeIf(c -> c.on().isBefore(newest.minusDays(FidelityFacts.CONTACT_WINDOW_DAYS)));
                    }
                }
                default -> x.specialist = specialist();
            }
        }
    }

    /** Every placement's facts on the night of {@code date}, in the placements' order. */
    List<FidelityFacts> facts(Map<Integer, PlacementMilestones> placements, LocalDate date) {
        List<FidelityFacts> facts = new ArrayList<>();
        placements.forEach((id, p) -> {
            Extras x = extras(id, p, date);
            facts.add(new FidelityFacts("p" + id, x.specialist, "team", p.municipalityNumber() == null ? "0000" : p.municipalityNumber(),
                    p.endedOn() == null, Optional.ofNullable(p.referredOn()), Optional.ofNullable(p.hiredOn()),
                    Optional.ofNullable(p.endedOn()), Optional.ofNullable(x.firstContact), Optional.ofNullable(x.lastFollowUp),
                    x.contacts));
        });
        return facts;
    }

    /** A placement's extras, with a plausible past the first time it is seen. */
    private Extras extras(int id, PlacementMilestones p, LocalDate now) {
        Extras x = extras.get(id);
        if (x != null) {
            return x;
        }
        x = new Extras();
        x.specialist = specialist();
        LocalDate referred = p.referredOn();
        if (random.nextInt(10) < 7) {
            LocalDate contact = referred.plusDays(3 + random.nextInt(90));
            if (contact.isBefore(now) && (p.endedOn() == null || contact.isBefore(p.endedOn()))) {
                x.firstContact = contact;
            }
        }
        if (p.hiredOn() != null && random.nextInt(10) < 8) {
            long since = Math.max(1, ChronoUnit.DAYS.between(p.hiredOn(), now));
            x.lastFollowUp = p.hiredOn().plusDays(random.nextInt((int) Math.min(since, 400)));
        }
        for (int n = random.nextInt(6); n > 0; n--) {
            LocalDate on = now.minusDays(1 + random.nextInt(110));
            if (!on.isBefore(referred)) {
                x.contacts.add(new FidelityFacts.EmployerContact(on, random.nextBoolean(), x.specialist));
            }
        }
        x.contacts.sort((a, b) -> a.on().compareTo(b.on()));
        extras.put(id, x);
        return x;
    }

    private String specialist() {
        return "s" + random.nextInt(SPECIALISTS);
    }
}
