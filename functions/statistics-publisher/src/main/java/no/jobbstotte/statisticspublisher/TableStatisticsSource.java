package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import no.jobbstotte.shared.table.agreements.AgreementTerms;
import no.jobbstotte.shared.table.placements.StatisticsScan;
import no.jobbstotte.shared.table.volunteercounts.MonthlyCounts;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;

/**
 * Reads the three tables through their owners' scans, each fetching only what the statistics use
 * and holding one page at a time: every placement's stage dates and IPS fidelity facts (one scan),
 * the terms of every agreement's current version, and the anonymous counts of confirmed volunteers (VolunteerCountsTable, never
 * VolunteersTable: this function has no access to the volunteers themselves).
 */
final class TableStatisticsSource implements StatisticsSource {

    private final StatisticsScan placements;
    private final AgreementTerms agreements;
    private final MonthlyCounts volunteers;

    TableStatisticsSource(StatisticsScan placements, AgreementTerms agreements, MonthlyCounts volunteers) {
        this.placements = placements;
        this.agreements = agreements;
        this.volunteers = volunteers;
    }

    @Override
    public long readInto(StatisticsAccumulator accumulator, LocalDate publicationDate) {
        long malformed = placements.forEachPlacement(accumulator::addPlacement, accumulator::addFidelity);
        malformed += agreements.forEachCurrent(accumulator::addAgreement);
        malformed += volunteers.readMonthlyCounts(
                count -> accumulator.addVolunteers(count.municipalityNumber(), count.month(), count.count()));
        return malformed;
    }
}
