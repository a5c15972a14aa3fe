package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.table.agreements.AgreementTerm;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;

/**
 * A random but reproducible history of the tables the statistics read, one night at a time:
 * placements referred, starting a trial, hired or ended, some dated months back (a late
 * registration), some moved to another municipality or deleted; volunteers confirmed; agreements
 * starting and ending; and each placement's IPS fidelity facts (its specialist, first employer
 * contact, last follow-up and employer contacts; {@link RandomFidelity}). It is the publisher's
 * source, so every night is published from the tables as they stand that night.
 */
final class RandomHistory implements StatisticsSource {

    /** What happened, for the test's report. */
    static final class Events {
        int added;
        int progressed;
        int backDated;
        int moved;
        int deleted;
        int volunteers;
        int agreements;

        @Override
        public String toString() {
            return added + " added, " + progressed + " progressed, " + backDated + " back-dated, " + moved + " moved, "
                    + deleted + " deleted, " + volunteers + " volunteers, " + agreements + " agreement changes";
        }
    }

    final Events events = new Events();
    private final Random random;
    private final List<String> municipalities;
    private final Map<Integer, PlacementMilestones> placements = new LinkedHashMap<>();
    private final Map<String, Long> volunteers = new TreeMap<>();
    private final List<AgreementTerm> agreements = new ArrayList<>();
    private final RandomFidelity fidelity;
    private int nextId;

    RandomHistory(long seed, List<String> municipalities) {
        this.random = new Random(seed);
        this.municipalities = List.copyOf(municipalities);
        // Its own generator: the rest of the history stays what it was before fidelity was published.
        this.fidelity = new RandomFidelity(seed * 31 + 19);
    }

    /** What the tables held before the first night: placements over the {@code days} before {@code start}. */
    void begin(LocalDate start, int count, int days) {
        for (int i = 0; i < count; i++) {
            placements.put(nextId++, complete(start.minusDays(1 + random.nextInt(days)), start));
        }
        for (int i = 0; i < 8; i++) {
            agreements.add(new AgreementTerm(municipality(), Agreement.Status.ACTIVE,
                    start.minusDays(30 + random.nextInt(days)), null));
        }
        for (int back = 1; back <= days / 30; back++) {
            for (int i = random.nextInt(4); i > 0; i--) {
                volunteers.merge(municipality() + "|" + YearMonth.from(start).minusMonths(back), 1L, Long::sum);
            }
        }
    }

    /** The day before the night of {@code date}: a handful of changes, most dated that day or just before. */
    void night(LocalDate date) {
        LocalDate day = date.minusDays(1);
        for (int n = random.nextInt(6); n > 0; n--) {
            int kind = random.nextInt(100);
            if (kind < 30) {
                placements.put(nextId++, new PlacementMilestones(municipality(), recent(day), null, null, null));
                events.added++;
            } else if (kind < 60) {
                progress(day);
            } else if (kind < 70) {
                backDate(day);
            } else if (kind < 78) {
                move();
            } else if (kind < 82) {
                delete();
            } else if (kind < 94) {
                volunteers.merge(municipality() + "|" + YearMonth.from(day), 1L, Long::sum);
                events.volunteers++;
            } else {
                changeAgreement(day);
            }
        }
        fidelity.night(day, placements);
    }

    @Override
    public long readInto(StatisticsAccumulator accumulator, LocalDate publicationDate) {
        placements.values().forEach(accumulator::addPlacement);
        volunteers.forEach((key, count) -> accumulator.addVolunteers(key.substring(0, key.indexOf('|')),
                YearMonth.parse(key.substring(key.indexOf('|') + 1)), count));
        agreements.forEach(accumulator::addAgreement);
        fidelity(publicationDate).forEach(accumulator::addFidelity);
        return 0;
    }

    List<PlacementMilestones> placements() {
        return List.copyOf(placements.values());
    }

    /** Every placement's fidelity facts as they stand on the night of {@code date}. */
    List<FidelityFacts> fidelity(LocalDate date) {
        return fidelity.facts(placements, date);
    }

    /** Confirmed volunteers by {@code municipality|yyyy-MM}. */
    Map<String, Long> volunteers() {
        return Map.copyOf(volunteers);
    }

    List<AgreementTerm> agreements() {
        return List.copyOf(agreements);
    }

    /** Skewed: the first municipalities get most; now and then an unknown number. */
    private String municipality() {
        if (random.nextInt(40) == 0) {
            return "0000";
        }
        int i = Math.min(municipalities.size() - 1, (int) Math.abs(random.nextGaussian() * municipalities.size() / 2.5));
        return municipalities.get(i);
    }

    private LocalDate recent(LocalDate day) {
        return day.minusDays(random.nextInt(4));
    }

    /** A placement referred on {@code referred} with every later stage it reached before {@code now}. */
    private PlacementMilestones complete(LocalDate referred, LocalDate now) {
        LocalDate trial = random.nextInt(10) < 7 ? referred.plusDays(10 + random.nextInt(40)) : null;
        LocalDate hired = null;
        LocalDate ended = null;
        if (trial != null && random.nextInt(3) != 0) {
            hired = trial.plusDays(28);
        } else if (trial == null && random.nextInt(6) == 0) {
            hired = referred.plusDays(30 + random.nextInt(60));
        } else if (random.nextBoolean()) {
            ended = (trial != null ? trial : referred).plusDays(5 + random.nextInt(45));
        }
        return new PlacementMilestones(municipality(), referred, before(trial, now), before(hired, now), before(ended, now));
    }

    private static LocalDate before(LocalDate date, LocalDate now) {
        return date != null && date.isBefore(now) ? date : null;
    }

    /** The next stage of an open placement: a trial, a job, or the end. */
    private void progress(LocalDate day) {
        List<Integer> open = placements.entrySet().stream()
                .filter(e -> e.getValue().hiredOn() == null && e.getValue().endedOn() == null).map(Map.Entry::getKey).toList();
        if (open.isEmpty()) {
            return;
        }
        int id = open.get(random.nextInt(open.size()));
        PlacementMilestones p = placements.get(id);
        LocalDate when = recent(day);
        if (when.isBefore(p.referredOn())) {
            when = p.referredOn();
        }
        int next = random.nextInt(10);
        if (p.trialStartedOn() == null && next < 6) {
            p = new PlacementMilestones(p.municipalityNumber(), p.referredOn(), when, null, null);
        } else if (next < 8) {
            p = new PlacementMilestones(p.municipalityNumber(), p.referredOn(), p.trialStartedOn(), when, null);
        } else {
            p = new PlacementMilestones(p.municipalityNumber(), p.referredOn(), p.trialStartedOn(), null, when);
        }
        placements.put(id, p);
        events.progressed++;
    }

    /** Registered late: a whole placement from months ago, or an end dated long before today. */
    private void backDate(LocalDate day) {
        LocalDate past = day.minusDays(40 + random.nextInt(400));
        List<Integer> open = placements.entrySet().stream()
                .filter(e -> e.getValue().hiredOn() == null && e.getValue().endedOn() == null
                        && e.getValue().referredOn().isBefore(past))
                .map(Map.Entry::getKey).toList();
        if (open.isEmpty() || random.nextBoolean()) {
            placements.put(nextId++, complete(past, day));
        } else {
            int id = open.get(random.nextInt(open.size()));
            PlacementMilestones p = placements.get(id);
            placements.put(id, new PlacementMilestones(p.municipalityNumber(), p.referredOn(), p.trialStartedOn(), null, past));
        }
        events.backDated++;
    }

    /** A placement registered in the wrong municipality is corrected: every stage moves with it. */
    private void move() {
        if (placements.isEmpty()) {
            return;
        }
        List<Integer> ids = new ArrayList<>(placements.keySet());
        int id = ids.get(random.nextInt(ids.size()));
        PlacementMilestones p = placements.get(id);
        placements.put(id, new PlacementMilestones(municipality(), p.referredOn(), p.trialStartedOn(), p.hiredOn(), p.endedOn()));
        events.moved++;
    }

    private void delete() {
        if (placements.isEmpty()) {
            return;
        }
        List<Integer> ids = new ArrayList<>(placements.keySet());
        placements.remove(ids.get(random.nextInt(ids.size())));
        events.deleted++;
    }

    private void changeAgreement(LocalDate day) {
        if (!agreements.isEmpty() && random.nextInt(3) == 0) {
            int i = random.nextInt(agreements.size());
            AgreementTerm term = agreements.get(i);
            agreements.set(i, new AgreementTerm(term.municipalityNumber(), term.status(), term.validFrom(), recent(day)));
        } else {
            agreements.add(new AgreementTerm(municipality(), Agreement.Status.ACTIVE, recent(day), null));
        }
        events.agreements++;
    }
}
