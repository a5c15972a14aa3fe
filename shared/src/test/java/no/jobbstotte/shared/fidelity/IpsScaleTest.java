package no.jobbstotte.shared.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every anchor boundary of every item, on both sides, as docs/fidelity.md lists them. */
class IpsScaleTest {

    /** Caseload and rapid job search: upper bounds inclusive; employer contact: closest point. */
    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
        "CASELOAD_SIZE, 0, 5", "CASELOAD_SIZE, 20, 5", "CASELOAD_SIZE, 20.01, 4", "CASELOAD_SIZE, 21, 4",
        "CASELOAD_SIZE, 25, 4", "CASELOAD_SIZE, 25.01, 3", "CASELOAD_SIZE, 26, 3", "CASELOAD_SIZE, 30, 3",
        "CASELOAD_SIZE, 30.01, 2", "CASELOAD_SIZE, 31, 2", "CASELOAD_SIZE, 40, 2", "CASELOAD_SIZE, 40.01, 1",
        "CASELOAD_SIZE, 41, 1", "CASELOAD_SIZE, 200, 1",
        "RAPID_JOB_SEARCH, 0, 5", "RAPID_JOB_SEARCH, 30, 5", "RAPID_JOB_SEARCH, 30.01, 4",
        "RAPID_JOB_SEARCH, 31, 4", "RAPID_JOB_SEARCH, 60, 4", "RAPID_JOB_SEARCH, 60.01, 3",
        "RAPID_JOB_SEARCH, 61, 3", "RAPID_JOB_SEARCH, 150, 3", "RAPID_JOB_SEARCH, 150.01, 2",
        "RAPID_JOB_SEARCH, 151, 2", "RAPID_JOB_SEARCH, 270, 2", "RAPID_JOB_SEARCH, 270.01, 1",
        "RAPID_JOB_SEARCH, 271, 1", "RAPID_JOB_SEARCH, 1000, 1",
        "EMPLOYER_CONTACT, 0, 1", "EMPLOYER_CONTACT, 1, 1", "EMPLOYER_CONTACT, 1.49, 1",
        "EMPLOYER_CONTACT, 1.5, 2", "EMPLOYER_CONTACT, 2, 2", "EMPLOYER_CONTACT, 2.49, 2",
        "EMPLOYER_CONTACT, 2.5, 3", "EMPLOYER_CONTACT, 3, 3", "EMPLOYER_CONTACT, 4, 3",
        "EMPLOYER_CONTACT, 4.49, 3", "EMPLOYER_CONTACT, 4.5, 4", "EMPLOYER_CONTACT, 5, 4",
        "EMPLOYER_CONTACT, 5.49, 4", "EMPLOYER_CONTACT, 5.5, 5", "EMPLOYER_CONTACT, 6, 5",
        "EMPLOYER_CONTACT, 25, 5",
        "FOLLOW_ALONG, 0, 1", "FOLLOW_ALONG, 0.2499, 1", "FOLLOW_ALONG, 0.25, 2", "FOLLOW_ALONG, 0.4999, 2",
        "FOLLOW_ALONG, 0.5, 3", "FOLLOW_ALONG, 0.7499, 3", "FOLLOW_ALONG, 0.75, 4", "FOLLOW_ALONG, 0.8999, 4",
        "FOLLOW_ALONG, 0.9, 5", "FOLLOW_ALONG, 1, 5"})
    void scoresOnBothSidesOfEveryAnchorBoundary(IpsItem item, double figure, int score) {
        assertThat(IpsScale.score(item, figure)).isEqualTo(score);
    }

    @ParameterizedTest
    @EnumSource(IpsItem.class)
    void aNegativeOrMissingFigureIsABugNotAScore(IpsItem item) {
        assertThatThrownBy(() -> IpsScale.score(item, -0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpsScale.score(item, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareAboveOneIsRefused() {
        assertThatThrownBy(() -> IpsScale.score(IpsItem.FOLLOW_ALONG, 1.01))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyItemHasItsOwnNorwegianLabel() {
        var labels = Arrays.stream(IpsItem.values()).map(IpsScale::norwegianLabel).collect(Collectors.toSet());
        assertThat(labels).hasSize(IpsItem.values().length).allSatisfy(label -> assertThat(label).isNotBlank());
    }

    /** A better figure never scores worse: seeded, so a failure reproduces. */
    @ParameterizedTest
    @EnumSource(IpsItem.class)
    void scoreIsMonotoneInTheFigure(IpsItem item) {
        Random random = new Random(19L + item.ordinal());
        boolean lowerIsBetter = item == IpsItem.CASELOAD_SIZE || item == IpsItem.RAPID_JOB_SEARCH;
        double top = switch (item) {
            case CASELOAD_SIZE -> 60;
            case RAPID_JOB_SEARCH -> 400;
            case EMPLOYER_CONTACT -> 10;
            case FOLLOW_ALONG -> 1;
        };
        for (int i = 0; i < 2_000; i++) {
            double a = random.nextDouble() * top;
            double b = random.nextDouble() * top;
            double low = Math.min(a, b);
            double high = Math.max(a, b);
            int atLow = IpsScale.score(item, low);
            int atHigh = IpsScale.score(item, high);
            assertThat(atLow).isBetween(1, 5);
            if (lowerIsBetter) {
                assertThat(atLow).as("%s at %s vs %s", item, low, high).isGreaterThanOrEqualTo(atHigh);
            } else {
                assertThat(atLow).as("%s at %s vs %s", item, low, high).isLessThanOrEqualTo(atHigh);
            }
        }
    }
}
