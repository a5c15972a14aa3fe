package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static boolean[] all(int n) {
        boolean[] published = new boolean[n];
        java.util.Arrays.fill(published, true);
        return published;
    }

    @Test
    void apply_smallCountsAndZeros_arePrimarySuppressed() {
        long[] values = {0, 1, 4, 5, 100};
        assertThat(Suppression.apply(values, all(5), List.of())).containsExactly(true, true, true, false, false);
    }

    @Test
    void apply_oneSmallPartOfAPublishedTotal_suppressesTheSmallestOtherPart() {
        // total 40 = 3 + 7 + 30: 3 alone could be recovered as 40 - 7 - 30.
        long[] values = {40, 3, 7, 30};
        boolean[] suppressed = Suppression.apply(values, all(4),
                List.of(new Suppression.Equation(0, new int[] {1, 2, 3})));
        assertThat(suppressed).containsExactly(false, true, true, false);
    }

    @Test
    void apply_twoSmallPartsAddingUpToLessThanFive_suppressesAThird() {
        // 1 + 2 = 3 would prove both small; a third part widens their range past 4.
        long[] values = {20, 1, 2, 17};
        boolean[] suppressed = Suppression.apply(values, all(4),
                List.of(new Suppression.Equation(0, new int[] {1, 2, 3})));
        assertThat(suppressed).containsExactly(false, true, true, true);
    }

    @Test
    void apply_suppressedZeroDoesNotProtect_anotherPartIsSuppressed() {
        long[] values = {12, 0, 3, 9};
        boolean[] suppressed = Suppression.apply(values, all(4),
                List.of(new Suppression.Equation(0, new int[] {1, 2, 3})));
        assertThat(suppressed).containsExactly(false, true, true, true);
    }

    @Test
    void apply_everyPartSuppressed_suppressesTheTotal() {
        long[] values = {3, 0, 3};
        boolean[] suppressed = Suppression.apply(values, all(3),
                List.of(new Suppression.Equation(0, new int[] {1, 2})));
        assertThat(suppressed).containsExactly(true, true, true);
    }

    @Test
    void apply_secondarySuppressionSpreadsAcrossLinkedEquations() {
        // A 2 x 2 table with margins: cells 0..3, row totals 4,5, column totals 6,7, grand total 8.
        long[] values = {2, 10, 20, 30, 12, 50, 22, 40, 62};
        List<Suppression.Equation> equations = List.of(
                new Suppression.Equation(4, new int[] {0, 1}), new Suppression.Equation(5, new int[] {2, 3}),
                new Suppression.Equation(6, new int[] {0, 2}), new Suppression.Equation(7, new int[] {1, 3}),
                new Suppression.Equation(8, new int[] {4, 5}), new Suppression.Equation(8, new int[] {6, 7}));
        boolean[] suppressed = Suppression.apply(values, all(9), equations);
        assertThat(suppressed).containsExactly(true, true, true, true, false, false, false, false, false);
    }

    @Test
    void apply_unpublishedCells_takeNoPart() {
        long[] values = {2, 3};
        boolean[] published = {true, false};
        assertThat(Suppression.apply(values, published, List.of())).containsExactly(true, false);
    }
}
