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

    @ParameterizedTest(name = "{0} participants -> {1}")
    @CsvSource({
        "0, 5", "20, 5", "20.01, 4", "21, 4", "25, 4", "25.01, 3", "26, 3", "30, 3", "30.01, 2",
        "31, 2", "40, 2", "40.01, 1", "41, 1", "200, 1"})
    void caseloadSize(double participants, int score) {
        assertThat(IpsScale.score(IpsItem.CASELOAD_SIZE, participants)).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({
        "0, 5", "30, 5", "30.01, 4", "31, 4", "60, 4", "60.01, 3", "61, 3", "150, 3", "150.01, 2",
        "151, 2", "270, 2", "270.01, 1", "271, 1", "1000, 1"})
    void rapidJobSearch(double days, int score) {
        assertThat(IpsScale.score(IpsItem.RAPID_JOB_SEARCH, days)).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} contacts a week -> {1}")
    @CsvSource({
        "0, 1", "1, 1", "1.49, 1", "1.5, 2", "2, 2", "2.49, 2", "2.5, 3", "3, 3", "4, 3", "4.49, 3",
        "4.5, 4", "5, 4", "5.49, 4", "5.5, 5", "6, 5", "25, 5"})
    void employerContact(double perWeek, int score) {
        assertThat(IpsScale.score(IpsItem.EMPLOYER_CONTACT, perWeek)).isEqualTo(score);
    }

    @ParameterizedTest(name = "share {0} -> {1}")
    @CsvSource({
        "0, 1", "0.2499, 1", "0.25, 2", "0.4999, 2", "0.5, 3", "0.7499, 3", "0.75, 4", "0.8999, 4",
        "0.9, 5", "1, 5"})
    void followAlong(double share, int score) {
        assertThat(IpsScale.score(IpsItem.FOLLOW_ALONG, share)).isEqualTo(score);
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
