package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.table.agreements.AgreementTerm;
import no.jobbstotte.shared.table.placements.PlacementMilestones;

/**
 * Counts the tables as they stand tonight as they stream past, keeping only counters per
 * municipality and month (never the items), so that a month can be locked from them.
 *
 * <p>A placement counts in the month each stage was reached: referred, trial started, hired (split
 * by whether a trial came first) and ended without a job (split the same way). Stages dated after
 * the publication date are not counted yet. Time to job is the number of days from referral to
 * hiring.
 */
public final class StatisticsAccumulator {

    public static final List<Measure> PLACEMENT_COUNTS = List.of(
            Measure.count("henviste", "Henviste deltakere", "personer"),
            Measure.count("startet_utproving", "Startet utprøving", "personer"),
            Measure.count("ansatt", "Ansatt i ordinær jobb", "personer"),
            Measure.count("ansatt_etter_utproving", "Ansatt etter utprøving", "personer"),
            Measure.count("ansatt_uten_utproving", "Ansatt uten utprøving", "personer"),
            Measure.count("avsluttet_uten_jobb", "Avsluttet uten jobb", "personer"),
            Measure.count("avsluttet_etter_utproving", "Avsluttet etter utprøving uten jobb", "personer"),
            Measure.count("avsluttet_for_utproving", "Avsluttet før utprøving", "personer"));

    static final int REFERRED = 0;
    static final int TRIAL_STARTED = 1;
    static final int HIRED = 2;
    static final int HIRED_AFTER_TRIAL = 3;
    static final int HIRED_WITHOUT_TRIAL = 4;
    static final int ENDED_WITHOUT_JOB = 5;
    static final int ENDED_AFTER_TRIAL = 6;
    static final int ENDED_BEFORE_TRIAL = 7;
    /** Longer waits count as this many days; the median is unaffected unless half wait that long. */
    static final int MAX_DAYS = 3650;

    private final Geography geography;
    private final LocalDate publicationDate;
    private final Map<Leaf, long[]> placements = new HashMap<>();
    private final Map<Leaf, Map<Integer, Integer>> daysToJob = new HashMap<>();
    private final Map<Leaf, Long> volunteers = new HashMap<>();
    private final List<AgreementTerm> agreements = new ArrayList<>();
    private final FidelityAccumulator fidelity;
    private int firstYear;
    private long placementsRead;

    private record Leaf(int municipality, YearMonth month) {}

    public StatisticsAccumulator(Geography geography, LocalDate publicationDate) {
        this.geography = geography;
        this.publicationDate = publicationDate;
        this.firstYear = publicationDate.getYear();
        this.fidelity = new FidelityAccumulator(geography, publicationDate);
    }

    public long placementsRead() {
        return placementsRead;
    }

    /** January of the first year anything was counted in: where a ledger without months starts. */
    public YearMonth firstMonth() {
        return YearMonth.of(firstYear, 1);
    }

    public void addPlacement(PlacementMilestones placement) {
        placementsRead++;
        int municipality = geography.municipality(placement.municipalityNumber());
        LocalDate referred = counted(placement.referredOn());
        LocalDate trial = counted(placement.trialStartedOn());
        LocalDate hired = counted(placement.hiredOn());
        LocalDate ended = counted(placement.endedOn());
        count(municipality, referred, REFERRED);
        count(municipality, trial, TRIAL_STARTED);
        if (hired != null) {
            count(municipality, hired, HIRED);
            count(municipality, hired, trial != null ? HIRED_AFTER_TRIAL : HIRED_WITHOUT_TRIAL);
            if (referred != null && !hired.isBefore(referred)) {
                int days = (int) Math.min(MAX_DAYS, ChronoUnit.DAYS.between(referred, hired));
                daysToJob.computeIfAbsent(new Leaf(municipality, YearMonth.from(hired)), k -> new HashMap<>())
                        .merge(days, 1, Integer::sum);
            }
        } else if (ended != null) {
            count(municipality, ended, ENDED_WITHOUT_JOB);
            count(municipality, ended, trial != null ? ENDED_AFTER_TRIAL : ENDED_BEFORE_TRIAL);
        }
    }

    /** A placement's IPS fidelity facts, counted for the quarters that can still be measured. */
    public void addFidelity(FidelityFacts facts) {
        fidelity.add(facts);
    }

    /** Confirmed volunteers in a municipality and month. */
    public void addVolunteers(String municipalityNumber, YearMonth month, long count) {
        if (count <= 0 || month.isAfter(YearMonth.from(publicationDate))) {
            return;
        }
        firstYear = Math.min(firstYear, month.getYear());
        volunteers.merge(new Leaf(geography.municipality(municipalityNumber), month), count, Long::sum);
    }

    /** The current terms of an agreement; it counts at every month's end it is active on. */
    public void addAgreement(AgreementTerm term) {
        agreements.add(term);
    }

    private LocalDate counted(LocalDate date) {
        return date == null || date.isAfter(publicationDate) ? null : date;
    }

    private void count(int municipality, LocalDate date, int measure) {
        if (date == null) {
            return;
        }
        firstYear = Math.min(firstYear, date.getYear());
        placements.computeIfAbsent(new Leaf(municipality, YearMonth.from(date)), k -> new long[PLACEMENT_COUNTS.size()])[measure]++;
    }

    /** Tonight's counts for one month, by municipality code, ready to be locked (nothing hidden yet). */
    public LockedMonth month(YearMonth month) {
        SortedMap<String, long[]> placementCounts = new TreeMap<>();
        placements.forEach((leaf, counts) -> {
            if (leaf.month().equals(month)) {
                placementCounts.put(code(leaf), counts.clone());
            }
        });
        SortedMap<String, SortedMap<Integer, Integer>> days = new TreeMap<>();
        daysToJob.forEach((leaf, histogram) -> {
            if (leaf.month().equals(month)) {
                days.put(code(leaf), new TreeMap<>(histogram));
            }
        });
        SortedMap<String, Long> volunteerCounts = new TreeMap<>();
        volunteers.forEach((leaf, count) -> {
            if (leaf.month().equals(month)) {
                volunteerCounts.put(code(leaf), count);
            }
        });
        SortedMap<String, Long> active = new TreeMap<>();
        for (AgreementTerm term : agreements) {
            if (term.activeOn(month.atEndOfMonth())) {
                active.merge(geography.get(geography.municipality(term.municipalityNumber())).code(), 1L, Long::sum);
            }
        }
        return new LockedMonth(month, publicationDate, placementCounts, days, volunteerCounts, active, new TreeSet<>(),
                month.getMonthValue() % 3 == 0 ? fidelity.quarter(month) : Optional.empty());
    }

    private String code(Leaf leaf) {
        return geography.get(leaf.municipality()).code();
    }
}
