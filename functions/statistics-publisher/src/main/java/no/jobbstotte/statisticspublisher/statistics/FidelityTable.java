package no.jobbstotte.statisticspublisher.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import no.jobbstotte.shared.fidelity.IpsItem;
import no.jobbstotte.shared.fidelity.IpsScale;

/**
 * The published IPS fidelity indicators: counties × the quarters locked with fidelity counts ×
 * each item's figure, its score (1–5) and what it rests on. Counties only: no whole country (the
 * hidden county would be the country minus the others), no year (a year beside its quarters is a
 * second route), and no sums between any of the cells. A cell is published from the locked counts
 * alone by a fixed rule, so it is the same every night (see the README, "IPS-kvalitet").
 *
 * <ul>
 *   <li>No count of participants on a caseload at a day is published (not even through a figure
 *       precise enough to give it back): such counts at the end of two years, against the county's
 *       yearly referrals, hires and ends, give away how many left. Caseload rests on the mean number
 *       on a caseload over the quarter's days; the share followed up on the hired ones, whose number
 *       is not published.
 *   <li>A count of people (specialists, participants with a first contact) of 1–4 is hidden, and
 *       so is a mean number of participants under 5.
 *   <li>A figure, and its score with it, is published only when the people it rests on are at
 *       least {@value #MIN_GROUP}; the share followed up only when both those followed up and
 *       those not are 0 or at least {@value #MIN_GROUP}.
 *   <li>A figure over nobody is "." (cannot be computed).
 * </ul>
 */
public final class FidelityTable {

    public static final String ID = "ips-kvalitet-fylke";
    static final int MIN_GROUP = Protection.MAX_SMALL + 1;
    private static final String PEOPLE = "personer";

    public static final Measure CASELOAD = new Measure("ips_saksmengde",
            "Saksmengde: deltakere per jobbspesialist, gjennomsnitt over kvartalet", "deltakere per spesialist", 1);
    public static final Measure RAPID_JOB_SEARCH = new Measure("ips_rask_jobbsoking",
            "Rask jobbsøking: dager fra henvisning til første arbeidsgiverkontakt ansikt til ansikt (gjennomsnitt)", "dager", 1);
    public static final Measure EMPLOYER_CONTACT = new Measure("ips_arbeidsgiverkontakt",
            "Arbeidsgiverkontakt: kontakter ansikt til ansikt per jobbspesialist per uke", "kontakter per uke", 1);
    public static final Measure FOLLOW_ALONG = new Measure("ips_oppfolging",
            "Oppfølging uten tidsbegrensning: andel ansatte deltakere fulgt opp siste 90 dager", "prosent", 1);
    public static final Measure SPECIALISTS = Measure.count("ips_jobbspesialister",
            "Jobbspesialister med deltakere i kvartalet", PEOPLE);
    public static final Measure MEAN_ACTIVE = new Measure("ips_deltakere_snitt",
            "Deltakere i oppfølging, gjennomsnitt over kvartalets dager", PEOPLE, 1);
    public static final Measure FIRST_CONTACTS = Measure.count("ips_deltakere_forste_kontakt",
            "Deltakere med første arbeidsgiverkontakt ansikt til ansikt i kvartalet", PEOPLE);

    /** One item: its figure's measure, the scale item, and the figure from a county's counts (null over nobody). */
    private record Item(Measure figure, IpsItem item, Function<Counts, Double> value) {
        Measure score() {
            return new Measure(figure.id() + "_skar", figure.label().substring(0, figure.label().indexOf(':'))
                    + ": IPS-skår (1–5)", "skår", 0);
        }
    }

    /** A county's counts in one quarter, with the quarter's length in days. */
    private record Counts(CountyFidelity c, long days) {
        /** The mean number of participants on a caseload over the quarter's days. */
        double mean() {
            return (double) c.activeDays() / days;
        }
    }

    private static final List<Item> ITEMS = List.of(
            new Item(CASELOAD, IpsItem.CASELOAD_SIZE, k -> k.c().specialists() == 0 || hasSmall(k.c().specialists())
                    || k.mean() < MIN_GROUP ? null : k.mean() / k.c().specialists()),
            new Item(RAPID_JOB_SEARCH, IpsItem.RAPID_JOB_SEARCH, k -> k.c().firstContacts() == 0 || hasSmall(k.c().firstContacts())
                    ? null : (double) k.c().firstContactDays() / k.c().firstContacts()),
            new Item(EMPLOYER_CONTACT, IpsItem.EMPLOYER_CONTACT, k -> k.c().specialists() == 0 || hasSmall(k.c().specialists())
                    ? null : k.c().employerContacts() / (k.c().specialists() * (k.days() / 7.0))),
            new Item(FOLLOW_ALONG, IpsItem.FOLLOW_ALONG, k -> k.c().hiredActive() == 0
                    || hasSmall(k.c().hiredActive(), k.c().followedUp(), k.c().hiredActive() - k.c().followedUp())
                    ? null : (double) k.c().followedUp() / k.c().hiredActive()));

    private FidelityTable() {}

    /** Every measure in publication order: each item's figure and score, then the counts they rest on. */
    public static List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        ITEMS.forEach(item -> {
            measures.add(item.figure());
            measures.add(item.score());
        });
        measures.addAll(List.of(SPECIALISTS, MEAN_ACTIVE, FIRST_CONTACTS));
        return measures;
    }

    /** The table for the quarters the ledger locked with fidelity counts; none before the first. */
    static List<StatTable> of(Geography geography, Ledger ledger, LocalDate date) {
        SortedMap<YearMonth, Map<String, CountyFidelity>> quarters = new TreeMap<>();
        ledger.months().forEach(m -> m.fidelity().ifPresent(f -> quarters.put(m.month(), f)));
        if (quarters.isEmpty()) {
            return List.of();
        }
        List<Region> counties = geography.regions().stream().filter(r -> r.level() == Region.Level.COUNTY).toList();
        List<Period> periods = quarters.keySet().stream().map(m -> Period.quarter(m.getYear(), m.getMonthValue() / 3)).toList();
        List<Measure> measures = measures();
        List<StatTable.Cell> cells = new ArrayList<>();
        for (Region county : counties) {
            for (YearMonth last : quarters.keySet()) {
                long days = ChronoUnit.DAYS.between(FidelityAccumulator.start(last), last.atEndOfMonth()) + 1;
                cells.addAll(cells(new Counts(quarters.get(last).getOrDefault(county.code(), CountyFidelity.NONE), days)));
            }
        }
        return List.of(new StatTable(ID, "IPS-kvalitet (individuell jobbstøtte) etter fylke og kvartal", date, counties,
                periods, measures, cells));
    }

    private static List<StatTable.Cell> cells(Counts counts) {
        List<StatTable.Cell> cells = new ArrayList<>();
        for (Item item : ITEMS) {
            Double figure = item.value().apply(counts);
            if (figure == null) {
                StatTable.Cell cell = StatTable.Cell.status(nobody(item, counts.c()) ? StatTable.NOT_APPLICABLE : StatTable.SUPPRESSED);
                cells.add(cell);
                cells.add(cell);
            } else {
                double shown = item.figure() == FOLLOW_ALONG ? figure * 100 : figure;
                cells.add(new StatTable.Cell(BigDecimal.valueOf(shown).setScale(item.figure().decimals(), RoundingMode.HALF_UP), null));
                cells.add(StatTable.Cell.of(IpsScale.score(item.item(), figure)));
            }
        }
        CountyFidelity c = counts.c();
        cells.add(count(c.specialists()));
        cells.add(counts.mean() > 0 && counts.mean() < MIN_GROUP ? StatTable.Cell.status(StatTable.SUPPRESSED)
                : new StatTable.Cell(BigDecimal.valueOf(counts.mean()).setScale(MEAN_ACTIVE.decimals(), RoundingMode.HALF_UP), null));
        cells.add(count(c.firstContacts()));
        return cells;
    }

    private static StatTable.Cell count(int count) {
        return hasSmall(count) ? StatTable.Cell.status(StatTable.SUPPRESSED) : StatTable.Cell.of(count);
    }

    private static boolean nobody(Item item, CountyFidelity c) {
        return switch (item.item()) {
            case CASELOAD_SIZE, EMPLOYER_CONTACT -> c.specialists() == 0;
            case RAPID_JOB_SEARCH -> c.firstContacts() == 0;
            case FOLLOW_ALONG -> c.hiredActive() == 0;
        };
    }

    private static boolean hasSmall(int... counts) {
        for (int count : counts) {
            if (Protection.isSmall(count)) {
                return true;
            }
        }
        return false;
    }
}
