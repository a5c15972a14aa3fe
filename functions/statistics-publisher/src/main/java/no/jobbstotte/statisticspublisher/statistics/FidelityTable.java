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
 * each item's figure, its score (1–5) and the counts it rests on. Counties only: no whole country
 * (the hidden county would be the country minus the others), no year (a year beside its quarters
 * is a second route), and no sums between any of the cells, so no published number can be played
 * against another. A cell is published from the locked counts alone by a fixed rule, so it is the
 * same every night (see the README, "IPS-kvalitet").
 *
 * <ul>
 *   <li>A count of people (participants or specialists) of 1–4 is hidden, and so is the count of
 *       hired participants when the active ones who are not hired are 1–4 (active minus hired).
 *   <li>A figure, and its score with it, is published only when every count of people it rests on,
 *       and every count that can be worked out from it, is 0 or at least {@value #MIN_GROUP}: the
 *       share followed up gives away how many were and were not followed up.
 *   <li>A figure over nobody is "." (cannot be computed).
 * </ul>
 */
public final class FidelityTable {

    public static final String ID = "ips-kvalitet-fylke";
    static final int MIN_GROUP = Protection.MAX_SMALL + 1;
    private static final String PEOPLE = "personer";

    public static final Measure CASELOAD = new Measure("ips_saksmengde",
            "Saksmengde: aktive deltakere per jobbspesialist ved kvartalets slutt", "deltakere per spesialist", 1);
    public static final Measure RAPID_JOB_SEARCH = new Measure("ips_rask_jobbsoking",
            "Rask jobbsøking: dager fra henvisning til første arbeidsgiverkontakt ansikt til ansikt (gjennomsnitt)", "dager", 1);
    public static final Measure EMPLOYER_CONTACT = new Measure("ips_arbeidsgiverkontakt",
            "Arbeidsgiverkontakt: kontakter ansikt til ansikt per jobbspesialist per uke", "kontakter per uke", 1);
    public static final Measure FOLLOW_ALONG = new Measure("ips_oppfolging",
            "Oppfølging uten tidsbegrensning: andel ansatte deltakere fulgt opp siste 90 dager", "prosent", 1);
    public static final Measure SPECIALISTS = Measure.count("ips_jobbspesialister",
            "Jobbspesialister med aktive deltakere ved kvartalets slutt", PEOPLE);
    public static final Measure ACTIVE = Measure.count("ips_aktive_deltakere", "Aktive deltakere ved kvartalets slutt", PEOPLE);
    public static final Measure FIRST_CONTACTS = Measure.count("ips_deltakere_forste_kontakt",
            "Deltakere med første arbeidsgiverkontakt ansikt til ansikt i kvartalet", PEOPLE);
    public static final Measure HIRED_ACTIVE = Measure.count("ips_ansatte_deltakere",
            "Ansatte deltakere i oppfølging ved kvartalets slutt", PEOPLE);

    /** One item: its figure's measure, the scale item, and the figure from a county's counts (null over nobody). */
    private record Item(Measure figure, IpsItem item, Function<Counts, Double> value) {
        Measure score() {
            return new Measure(figure.id() + "_skar", figure.label().substring(0, figure.label().indexOf(':'))
                    + ": IPS-skår (1–5)", "skår", 0);
        }
    }

    /** A county's counts in one quarter, with the quarter's length in days. */
    private record Counts(CountyFidelity c, long days) {}

    private static final List<Item> ITEMS = List.of(
            new Item(CASELOAD, IpsItem.CASELOAD_SIZE, k -> k.c().specialists() == 0 || hasSmall(k.c().specialists())
                    ? null : (double) k.c().active() / k.c().specialists()),
            new Item(RAPID_JOB_SEARCH, IpsItem.RAPID_JOB_SEARCH, k -> k.c().firstContacts() == 0 || hasSmall(k.c().firstContacts())
                    ? null : (double) k.c().firstContactDays() / k.c().firstContacts()),
            new Item(EMPLOYER_CONTACT, IpsItem.EMPLOYER_CONTACT, k -> k.c().specialists() == 0 || hasSmall(k.c().specialists())
                    ? null : k.c().employerContacts() / (k.c().specialists() * (k.days() / 7.0))),
            new Item(FOLLOW_ALONG, IpsItem.FOLLOW_ALONG, k -> k.c().hiredActive() == 0 || !hiredShown(k.c())
                    || hasSmall(k.c().followedUp(), k.c().hiredActive() - k.c().followedUp())
                    ? null : (double) k.c().followedUp() / k.c().hiredActive()));

    private FidelityTable() {}

    /** Every measure in publication order: each item's figure and score, then the counts they rest on. */
    public static List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        ITEMS.forEach(item -> {
            measures.add(item.figure());
            measures.add(item.score());
        });
        measures.addAll(List.of(SPECIALISTS, ACTIVE, FIRST_CONTACTS, HIRED_ACTIVE));
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
        for (int count : new int[] {c.specialists(), c.active(), c.firstContacts()}) {
            cells.add(hasSmall(count) ? StatTable.Cell.status(StatTable.SUPPRESSED) : StatTable.Cell.of(count));
        }
        cells.add(hiredShown(c) ? StatTable.Cell.of(c.hiredActive()) : StatTable.Cell.status(StatTable.SUPPRESSED));
        return cells;
    }

    /**
     * The hired participants at the quarter's end are a part of the active ones: published only
     * when both they and the rest (active, not hired: the active count minus them) are 0 or at least 5.
     */
    private static boolean hiredShown(CountyFidelity c) {
        return !hasSmall(c.hiredActive(), c.active() - c.hiredActive());
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
