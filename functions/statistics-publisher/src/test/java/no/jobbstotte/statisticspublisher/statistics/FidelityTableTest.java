package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.IpsItem;
import no.jobbstotte.shared.fidelity.IpsScale;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import org.junit.jupiter.api.Test;

/** The quarterly IPS indicators by county: figures, scores, what they rest on, and what is hidden. */
class FidelityTableTest {

    private static final Geography TINY = ProtectionTest.TINY;
    /** The night the fourth quarter of 2026 is locked. */
    private static final LocalDate NIGHT = LocalDate.of(2027, 1, 15);
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 12, 31);

    private final List<FidelityFacts> facts = new ArrayList<>();

    /** A participant referred long ago and still active, on {@code specialist}'s caseload in {@code municipality}. */
    private FidelityFacts participant(String municipality, String specialist) {
        return participant(municipality, specialist, LocalDate.of(2026, 5, 1), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    private FidelityFacts participant(String municipality, String specialist, LocalDate referred, Optional<LocalDate> hired,
            Optional<LocalDate> firstContact, Optional<LocalDate> lastFollowUp, List<FidelityFacts.EmployerContact> contacts) {
        FidelityFacts f = new FidelityFacts("p" + facts.size(), specialist, "team", municipality, true, Optional.of(referred),
                hired, Optional.empty(), firstContact, lastFollowUp, contacts);
        facts.add(f);
        return f;
    }

    /** The first night ever: every month due locked from the facts, the ledger written and read back. */
    private StatTable publish(LocalDate night) {
        return table(lockedOn(night), night);
    }

    private static StatTable table(Ledger ledger, LocalDate night) {
        return Tables.of(TINY, ledger, night).stream().filter(t -> t.id().equals(FidelityTable.ID)).findFirst().orElseThrow();
    }

    private static StatTable.Cell cell(StatTable table, String county, Measure measure) {
        int r = table.regions().stream().map(Region::code).toList().indexOf(county);
        int p = table.periods().indexOf(Period.quarter(2026, 4));
        return table.cell(r, p, table.measures().indexOf(measure));
    }

    private static StatTable.Cell score(StatTable table, String county, Measure figure) {
        Measure score = table.measures().get(table.measures().indexOf(figure) + 1);
        assertThat(score.id()).isEqualTo(figure.id() + "_skar");
        return cell(table, county, score);
    }

    private static BigDecimal value(StatTable table, String county, Measure measure) {
        return cell(table, county, measure).value();
    }

    private void caseloads(String municipality, int specialists, int each) {
        for (int s = 0; s < specialists; s++) {
            for (int i = 0; i < each; i++) {
                participant(municipality, municipality + "-spesialist-" + s);
            }
        }
    }

    @Test
    void caseload_fiveSpecialistsWith111Participants_publishesTheFigureItsScoreAndWhatItRestsOn() {
        caseloads("1103", 5, 22);
        participant("1101", "1103-spesialist-0");

        StatTable table = publish(NIGHT);

        assertThat(value(table, "11", FidelityTable.CASELOAD)).isEqualByComparingTo("22.2");
        assertThat(score(table, "11", FidelityTable.CASELOAD).value())
                .isEqualByComparingTo(BigDecimal.valueOf(IpsScale.score(IpsItem.CASELOAD_SIZE, 111 / 5.0)));
        assertThat(value(table, "11", FidelityTable.SPECIALISTS)).isEqualByComparingTo("5");
        assertThat(value(table, "11", FidelityTable.MEAN_ACTIVE)).as("on a caseload every day of the quarter").isEqualByComparingTo("111");
        assertThat(cell(table, "15", FidelityTable.CASELOAD).status()).as("nobody in Møre og Romsdal").isEqualTo(".");
        assertThat(value(table, "15", FidelityTable.MEAN_ACTIVE)).as("a true zero is published").isEqualByComparingTo("0");
        assertThat(table.regions()).extracting(Region::level).as("no whole country: it minus the others is the hidden one")
                .containsOnly(Region.Level.COUNTY);
        assertThat(table.periods()).as("the third quarter began more than 120 days before the night: contacts may be gone")
                .containsExactly(Period.quarter(2026, 4));
    }

    @Test
    void caseload_fourSpecialists_hidesThemAndEveryFigureThatRestsOnThem() {
        caseloads("1505", 4, 10);

        StatTable table = publish(NIGHT);

        assertThat(cell(table, "15", FidelityTable.SPECIALISTS).status()).isEqualTo(":");
        assertThat(value(table, "15", FidelityTable.MEAN_ACTIVE)).isEqualByComparingTo("40");
        for (Measure figure : List.of(FidelityTable.CASELOAD, FidelityTable.EMPLOYER_CONTACT)) {
            assertThat(cell(table, "15", figure).status()).isEqualTo(":");
            assertThat(score(table, "15", figure).status()).as("a score would narrow the hidden figure").isEqualTo(":");
        }
    }

    @Test
    void caseload_isTheMeanOverTheQuarterDays_notTheHeadsAtTheEnd() {
        caseloads("1103", 5, 4);
        // Ten more referred on 16 November (46 of the quarter's 92 days) and ten ended on 16 November.
        for (int i = 0; i < 10; i++) {
            participant("1103", "1103-spesialist-0", LocalDate.of(2026, 11, 16), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
            facts.add(new FidelityFacts("ended" + i, "1103-spesialist-1", "team", "1103", false,
                    Optional.of(LocalDate.of(2026, 5, 1)), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 16)),
                    Optional.empty(), Optional.empty(), List.of()));
        }

        StatTable table = publish(NIGHT);

        assertThat(value(table, "11", FidelityTable.MEAN_ACTIVE)).as("20 + 10 x 46/92 + 10 x 46/92").isEqualByComparingTo("30.0");
        assertThat(value(table, "11", FidelityTable.CASELOAD)).isEqualByComparingTo("6.0");
    }

    @Test
    void rapidJobSearch_meanDaysOverFirstContactsInTheQuarter_fiveShownFourHidden() {
        caseloads("1103", 5, 1);
        LocalDate referred = LocalDate.of(2026, 9, 1);
        for (int days : new int[] {30, 31, 40, 61, 100}) {
            participant("1103", "1103-spesialist-0", referred, Optional.empty(), Optional.of(referred.plusDays(days)),
                    Optional.empty(), List.of());
        }
        for (int days : new int[] {20, 25, 30, 35}) {
            participant("1505", "m", referred, Optional.empty(), Optional.of(referred.plusDays(days)), Optional.empty(), List.of());
        }
        participant("1103", "1103-spesialist-0", referred, Optional.empty(), Optional.of(LocalDate.of(2026, 9, 30)),
                Optional.empty(), List.of());

        StatTable table = publish(NIGHT);

        assertThat(value(table, "11", FidelityTable.RAPID_JOB_SEARCH)).as("262 / 5; the contact in September is not this quarter's")
                .isEqualByComparingTo("52.4");
        assertThat(score(table, "11", FidelityTable.RAPID_JOB_SEARCH).value())
                .isEqualByComparingTo(BigDecimal.valueOf(IpsScale.score(IpsItem.RAPID_JOB_SEARCH, 52.4)));
        assertThat(value(table, "11", FidelityTable.FIRST_CONTACTS)).isEqualByComparingTo("5");
        assertThat(cell(table, "15", FidelityTable.RAPID_JOB_SEARCH).status()).isEqualTo(":");
        assertThat(cell(table, "15", FidelityTable.FIRST_CONTACTS).status()).isEqualTo(":");
    }

    @Test
    void employerContact_faceToFaceInTheQuarterPerSpecialistPerWeek() {
        caseloads("1103", 5, 1);
        List<FidelityFacts.EmployerContact> contacts = new ArrayList<>();
        for (int i = 0; i < 92; i++) {
            contacts.add(new FidelityFacts.EmployerContact(LocalDate.of(2026, 10, 1).plusDays(i), true, "x"));
            contacts.add(new FidelityFacts.EmployerContact(LocalDate.of(2026, 10, 1).plusDays(i), false, "x"));
        }
        contacts.add(new FidelityFacts.EmployerContact(LocalDate.of(2026, 9, 30), true, "x"));
        contacts.add(new FidelityFacts.EmployerContact(LocalDate.of(2027, 1, 2), true, "x"));
        participant("1101", "1103-spesialist-0", LocalDate.of(2026, 5, 1), Optional.empty(), Optional.empty(),
                Optional.empty(), contacts);

        StatTable table = publish(NIGHT);

        // 92 face-to-face contacts over 5 specialists and 92/7 weeks: 1.4 a week each.
        assertThat(value(table, "11", FidelityTable.EMPLOYER_CONTACT)).isEqualByComparingTo("1.4");
        assertThat(score(table, "11", FidelityTable.EMPLOYER_CONTACT).value())
                .isEqualByComparingTo(BigDecimal.valueOf(IpsScale.score(IpsItem.EMPLOYER_CONTACT, 1.4)));
    }

    private void hired(String municipality, int count, Optional<LocalDate> lastFollowUp) {
        for (int i = 0; i < count; i++) {
            participant(municipality, municipality + "-spesialist-" + (i % 5), LocalDate.of(2026, 3, 1),
                    Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty(), lastFollowUp, List.of());
        }
    }

    @Test
    void followAlong_shareFollowedUpInTheLast90Days_hiddenWhenWhoWasOrWasNotIsOneToFour() {
        LocalDate inWindow = QUARTER_END.minusDays(89);
        hired("1103", 8, Optional.of(inWindow));
        hired("1103", 2, Optional.of(inWindow.minusDays(1)));
        hired("1103", 5, Optional.empty());
        hired("1505", 7, Optional.of(inWindow));
        hired("1505", 3, Optional.empty());

        StatTable table = publish(NIGHT);

        assertThat(value(table, "11", FidelityTable.FOLLOW_ALONG)).as("8 of 15: the 90 days up to 31 December begin on 3 October")
                .isEqualByComparingTo("53.3");
        assertThat(score(table, "11", FidelityTable.FOLLOW_ALONG).value())
                .isEqualByComparingTo(BigDecimal.valueOf(IpsScale.score(IpsItem.FOLLOW_ALONG, 8 / 15.0)));
        assertThat(table.measures()).extracting(Measure::id).as("the hired ones on a caseload at the end are never published")
                .noneMatch(id -> id.contains("ansatte"));
        assertThat(cell(table, "15", FidelityTable.FOLLOW_ALONG).status())
                .as("70 % of 10 gives away the 3 who were not followed up").isEqualTo(":");
        assertThat(score(table, "15", FidelityTable.FOLLOW_ALONG).status()).isEqualTo(":");
    }

    @Test
    void lockedQuarter_aLateRegistrationAfterTheNight_changesNoFidelityCell() {
        caseloads("1103", 5, 6);
        Ledger ledger = lockedOn(NIGHT);
        StatTable before = table(ledger, NIGHT);

        caseloads("1106", 5, 3);
        participant("1103", "1103-spesialist-0", LocalDate.of(2026, 10, 2), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 2)), Optional.empty(), List.of());
        StatisticsAccumulator later = accumulator(NIGHT.plusDays(1));
        Ledger again = Ledger.parse(Locking.lockDue(ledger, later, TINY, NIGHT.plusDays(1)).toJson());

        assertThat(table(again, NIGHT.plusDays(1)).cells()).isEqualTo(before.cells());
        assertThat(value(before, "11", FidelityTable.MEAN_ACTIVE)).isEqualByComparingTo("30");
    }

    private StatisticsAccumulator accumulator(LocalDate night) {
        StatisticsAccumulator tonight = new StatisticsAccumulator(TINY, night);
        for (FidelityFacts f : facts) {
            tonight.addPlacement(new PlacementMilestones(f.municipalityNumber(), f.referredOn().orElse(null), null,
                    f.hiredOn().orElse(null), f.endedOn().orElse(null)));
            tonight.addFidelity(f);
        }
        return tonight;
    }

    private Ledger lockedOn(LocalDate night) {
        return Ledger.parse(Locking.lockDue(Ledger.empty(), accumulator(night), TINY, night).toJson());
    }
}
