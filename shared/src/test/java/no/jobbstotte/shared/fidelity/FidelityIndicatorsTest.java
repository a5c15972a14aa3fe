package no.jobbstotte.shared.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each indicator from known placement histories, for the week ending Sunday {@link #W}. */
class FidelityIndicatorsTest {

    static final LocalDate W = LocalDate.of(2026, 12, 6);

    static LocalDate daysBefore(int days) {
        return W.minusDays(days);
    }

    static FidelityFacts facts(Placement placement) {
        return placement.facts();
    }

    private static ItemFigure specialist(String id, IpsItem item, Collection<FidelityFacts> facts) {
        return FidelityIndicators.ofSpecialist(id, facts, W).item(item);
    }

    private static ItemFigure team(Set<String> ids, IpsItem item, Collection<FidelityFacts> facts) {
        return FidelityIndicators.ofTeam(ids, facts, W).item(item);
    }

    private static void assertFigure(ItemFigure figure, double value, int score, int basis) {
        assertThat(figure.figure()).hasValueCloseTo(value, within(1e-9));
        assertThat(figure.score()).hasValue(score);
        assertThat(figure.basis()).isEqualTo(basis);
    }

    // ---- caseload size

    private static List<FidelityFacts> caseloadHistory() {
        return List.of(
                facts(Placement.of("s1").referred(daysBefore(100))),
                facts(Placement.of("s1").referred(daysBefore(0))),               // referred on the Sunday: counts
                facts(Placement.of("s1").referred(daysBefore(300)).hired(daysBefore(200))),
                facts(Placement.of("s1").referred(daysBefore(50)).ended(W.plusDays(1))), // ended after: counts
                facts(Placement.of("s1").referred(W.plusDays(1))),               // referred after the week
                facts(Placement.of("s1").referred(daysBefore(50)).ended(W)),     // ended that Sunday
                facts(Placement.of("s1").referred(daysBefore(50)).inactiveWithoutEndDate()),
                facts(Placement.of("s2").referred(daysBefore(10))));
    }

    @Test
    void caseloadCountsPlacementsOnTheCaseloadAtTheWeeksEnd() {
        assertFigure(specialist("s1", IpsItem.CASELOAD_SIZE, caseloadHistory()), 4, 5, 1);
        assertFigure(specialist("s2", IpsItem.CASELOAD_SIZE, caseloadHistory()), 1, 5, 1);
    }

    @Test
    void aTeamsCaseloadDividesByEverySpecialistAlsoThoseWithoutPlacements() {
        assertFigure(team(Set.of("s1", "s2", "s3"), IpsItem.CASELOAD_SIZE, caseloadHistory()), 5.0 / 3, 5, 3);
    }

    @Test
    void aTeamAboveTwentyPerSpecialistScoresFour() {
        List<FidelityFacts> facts = IntStream.range(0, 41)
                .mapToObj(i -> facts(Placement.of(i % 2 == 0 ? "s1" : "s2").referred(daysBefore(i))))
                .toList();
        assertFigure(team(Set.of("s1", "s2"), IpsItem.CASELOAD_SIZE, facts), 20.5, 4, 2);
        assertFigure(specialist("s1", IpsItem.CASELOAD_SIZE, facts), 21, 4, 1);
        assertFigure(specialist("s2", IpsItem.CASELOAD_SIZE, facts), 20, 5, 1);
    }

    @Test
    void aSpecialistWithoutPlacementsHasCaseloadZero() {
        assertFigure(specialist("s9", IpsItem.CASELOAD_SIZE, caseloadHistory()), 0, 5, 1);
    }

    // ---- rapid job search

    @Test
    void rapidJobSearchIsTheMeanDaysToTheFirstEmployerContact() {
        List<FidelityFacts> facts = List.of(
                facts(Placement.of("s1").referred(daysBefore(100)).firstEmployerContact(daysBefore(90))), // 10
                facts(Placement.of("s1").referred(daysBefore(50)).firstEmployerContact(daysBefore(10))),  // 40
                facts(Placement.of("s1").referred(daysBefore(40))),                                      // 40 so far
                facts(Placement.of("s1").referred(daysBefore(30))),                    // 30 so far: not yet slow
                facts(Placement.of("s1").referred(daysBefore(364)).firstEmployerContact(daysBefore(264))), // 100
                facts(Placement.of("s1").referred(daysBefore(365)).firstEmployerContact(daysBefore(364))), // outside
                facts(Placement.of("s2").referred(daysBefore(10)).firstEmployerContact(daysBefore(5))));
        assertFigure(specialist("s1", IpsItem.RAPID_JOB_SEARCH, facts), (10 + 40 + 40 + 100) / 4.0, 4, 4);
        assertFigure(team(Set.of("s1", "s2"), IpsItem.RAPID_JOB_SEARCH, facts), (10 + 40 + 40 + 100 + 5) / 5.0, 4, 5);
    }

    @Test
    void aContactAfterTheWeekIsNotYetMadeThatWeek() {
        List<FidelityFacts> facts = List.of(
                facts(Placement.of("s1").referred(daysBefore(45)).firstEmployerContact(W.plusDays(1))));
        assertFigure(specialist("s1", IpsItem.RAPID_JOB_SEARCH, facts), 45, 4, 1);
    }

    @Test
    void theClockStopsWhenAPlacementEndsWithoutContact() {
        List<FidelityFacts> facts = List.of(
                facts(Placement.of("s1").referred(daysBefore(200)).ended(daysBefore(150))),  // 50 days
                facts(Placement.of("s1").referred(daysBefore(200)).ended(daysBefore(180)))); // 20: not counted
        assertFigure(specialist("s1", IpsItem.RAPID_JOB_SEARCH, facts), 50, 4, 1);
    }

    @Test
    void aSlowTeamScoresLow() {
        List<FidelityFacts> facts = List.of(
                facts(Placement.of("s1").referred(daysBefore(300)).firstEmployerContact(daysBefore(20))), // 280
                facts(Placement.of("s1").referred(daysBefore(200))));                                   // 200
        assertFigure(specialist("s1", IpsItem.RAPID_JOB_SEARCH, facts), 240, 2, 2);
    }

    // ---- employer contact

    private static List<FidelityFacts> contactHistory() {
        Placement busy = Placement.of("s1").referred(daysBefore(100));
        for (int day = 0; day < 24; day++) {
            busy.contact(daysBefore(day), true, "s1");             // 24 in the four weeks
        }
        busy.contact(daysBefore(27), true, "s1")                   // the Monday four weeks back: in
                .contact(daysBefore(28), true, "s1")               // a day earlier: out
                .contact(W.plusDays(1), true, "s1")                // after the week: out
                .contact(daysBefore(1), false, "s1")               // by phone: not face to face
                .contact(daysBefore(2), true, "s2");               // s2 on s1's placement: s2's
        return List.of(facts(busy), facts(Placement.of("s3").referred(daysBefore(5))));
    }

    @Test
    void employerContactsAreFaceToFaceContactsPerWeekOverFourWeeks() {
        assertFigure(specialist("s1", IpsItem.EMPLOYER_CONTACT, contactHistory()), 25 / 4.0, 5, 1);
        assertFigure(specialist("s2", IpsItem.EMPLOYER_CONTACT, contactHistory()), 1 / 4.0, 1, 1);
        assertFigure(specialist("s3", IpsItem.EMPLOYER_CONTACT, contactHistory()), 0, 1, 1);
    }

    @Test
    void aTeamsEmployerContactsAreTheMeanOverItsSpecialists() {
        assertFigure(team(Set.of("s1", "s2"), IpsItem.EMPLOYER_CONTACT, contactHistory()), 26 / 4.0 / 2, 3, 2);
        assertFigure(team(Set.of("s1", "s3"), IpsItem.EMPLOYER_CONTACT, contactHistory()), 25 / 4.0 / 2, 3, 2);
    }

    // ---- follow-along

    @Test
    void followAlongIsTheShareOfWorkingParticipantsFollowedUpInNinetyDays() {
        List<FidelityFacts> facts = List.of(
                facts(Placement.of("s1").hired(daysBefore(200)).lastFollowUp(daysBefore(89))), // followed
                facts(Placement.of("s1").hired(daysBefore(200)).lastFollowUp(daysBefore(90))), // too long ago
                facts(Placement.of("s1").hired(daysBefore(10))),                               // none yet
                facts(Placement.of("s1").hired(W.plusDays(1)).lastFollowUp(W.plusDays(1))),    // hired later
                facts(Placement.of("s1").hired(daysBefore(100)).ended(daysBefore(5))),         // no longer on
                facts(Placement.of("s1").hired(daysBefore(100)).lastFollowUp(W.plusDays(2))),  // unknown then
                facts(Placement.of("s1").referred(daysBefore(100)).lastFollowUp(daysBefore(3))), // not hired
                facts(Placement.of("s2").hired(daysBefore(50)).lastFollowUp(W)));
        assertFigure(specialist("s1", IpsItem.FOLLOW_ALONG, facts), 1 / 3.0, 2, 3);
        assertFigure(specialist("s2", IpsItem.FOLLOW_ALONG, facts), 1, 5, 1);
        assertFigure(team(Set.of("s1", "s2"), IpsItem.FOLLOW_ALONG, facts), 2 / 4.0, 3, 4);
    }

    // ---- nothing to measure

    @Test
    void withNothingToMeasureAFigureIsEmptyNotZero() {
        FidelityFigures none = FidelityIndicators.ofTeam(Set.of(), List.of(), W);
        for (IpsItem item : IpsItem.values()) {
            assertThat(none.item(item)).isEqualTo(ItemFigure.empty(item));
        }
        FidelityFigures newcomer = FidelityIndicators.ofSpecialist("s1", List.of(), W);
        assertThat(newcomer.item(IpsItem.RAPID_JOB_SEARCH).figure()).isEmpty();
        assertThat(newcomer.item(IpsItem.FOLLOW_ALONG).basis()).isZero();
        assertFigure(newcomer.item(IpsItem.CASELOAD_SIZE), 0, 5, 1);
    }

    @Test
    void figuresComeInTheItemsOrder() {
        List<IpsItem> order = new ArrayList<>();
        FidelityIndicators.ofSpecialist("s1", caseloadHistory(), W).items().forEach(each -> order.add(each.item()));
        assertThat(order).containsExactly(IpsItem.values());
    }
}
