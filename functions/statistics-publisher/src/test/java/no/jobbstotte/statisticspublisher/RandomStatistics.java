package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.domain.County;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.shared.table.agreements.AgreementTerm;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.Ledger;
import no.jobbstotte.statisticspublisher.statistics.Locking;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;
import no.jobbstotte.statisticspublisher.statistics.Tables;

/** Random but reproducible input for the statistics: placements, volunteer counts, agreements. */
final class RandomStatistics {

    /** A small country: two counties with three municipalities each, from the real reference data. */
    static final List<Municipality> SMALL_COUNTRY = smallCountry();
    static final Geography SMALL_GEOGRAPHY = Geography.of(
            SMALL_COUNTRY.stream().map(Municipality::county).distinct().toList(), SMALL_COUNTRY);

    record Dataset(List<PlacementMilestones> placements, List<Volunteers> volunteers, List<AgreementTerm> agreements) {

        /** The tables as they stand on {@code date}. */
        StatisticsAccumulator count(Geography geography, LocalDate date) {
            StatisticsAccumulator accumulator = new StatisticsAccumulator(geography, date);
            placements.forEach(accumulator::addPlacement);
            volunteers.forEach(v -> accumulator.addVolunteers(v.municipality(), v.month(), v.count()));
            agreements.forEach(accumulator::addAgreement);
            return accumulator;
        }

        /** The first publication ever, on {@code date}: every month due is locked from this dataset. */
        Publication publish(Geography geography, LocalDate date) {
            Ledger ledger = Locking.lockDue(Ledger.empty(), count(geography, date), geography, date);
            return Publication.of(date, Tables.of(geography, ledger, date));
        }
    }

    record Volunteers(String municipality, YearMonth month, long count) {}

    private final Random random;
    private final List<String> municipalities;
    private final LocalDate date;

    RandomStatistics(long seed, List<String> municipalities, LocalDate date) {
        this.random = new Random(seed);
        this.municipalities = municipalities;
        this.date = date;
    }

    Dataset dataset(int maxPlacements, int spreadDays) {
        List<PlacementMilestones> placements = new ArrayList<>();
        int n = 1 + random.nextInt(maxPlacements);
        for (int i = 0; i < n; i++) {
            placements.add(placement(spreadDays));
        }
        List<Volunteers> volunteers = new ArrayList<>();
        for (String m : municipalities) {
            for (int back = 0; back < 4; back++) {
                if (random.nextInt(3) == 0) {
                    volunteers.add(new Volunteers(m, YearMonth.from(date).minusMonths(back), 1 + random.nextInt(9)));
                }
            }
        }
        List<AgreementTerm> agreements = new ArrayList<>();
        int a = random.nextInt(25);
        for (int i = 0; i < a; i++) {
            agreements.add(new AgreementTerm(municipality(), Agreement.Status.ACTIVE,
                    date.minusDays(random.nextInt(spreadDays + 60)), null));
        }
        return new Dataset(placements, volunteers, agreements);
    }

    String municipality() {
        // Skewed: the first municipalities get most placements; a few have an unknown number.
        if (random.nextInt(30) == 0) {
            return "0000";
        }
        int i = Math.min(municipalities.size() - 1, (int) Math.abs(random.nextGaussian() * municipalities.size() / 2.0));
        return municipalities.get(i);
    }

    PlacementMilestones placement(int spreadDays) {
        LocalDate referred = date.minusDays(random.nextInt(spreadDays));
        LocalDate trial = random.nextInt(10) < 7 ? referred.plusDays(10 + random.nextInt(50)) : null;
        LocalDate hired = null;
        if (trial != null && random.nextInt(4) != 0) {
            hired = trial.plusDays(28);
        } else if (trial == null && random.nextInt(10) == 0) {
            hired = referred.plusDays(30 + random.nextInt(60));
        }
        LocalDate ended = hired == null && random.nextInt(10) < 4
                ? (trial != null ? trial : referred).plusDays(5 + random.nextInt(45)) : null;
        return new PlacementMilestones(municipality(), referred, trial, hired, ended);
    }

    private static List<Municipality> smallCountry() {
        Municipalities reference = Municipalities.bundled();
        List<Municipality> chosen = new ArrayList<>();
        int counties = 0;
        for (County county : reference.counties()) {
            List<Municipality> inCounty = reference.inCounty(county.number());
            if (inCounty.size() >= 3 && counties < 2) {
                chosen.addAll(inCounty.subList(0, 3));
                counties++;
            }
        }
        return List.copyOf(chosen);
    }
}
