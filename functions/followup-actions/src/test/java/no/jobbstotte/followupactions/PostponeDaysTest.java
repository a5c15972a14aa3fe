package no.jobbstotte.followupactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.jobbstotte.shared.http.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostponeDaysTest {

    @Test
    void newDueOn_overAnEasterWeek_countsOnlyNorwegianWorkingDays() {
        // Wednesday 24 March 2027; Maundy Thursday, Good Friday, the weekend and Easter Monday are not working days.
        assertThat(PostponeDays.newDueOn(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 24), 2))
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void newDueOn_dueLaterThanToday_countsFromTheEffectiveDueDate() {
        // Due Saturday 9 January, effectively Monday 11: one working day on is Tuesday 12.
        assertThat(PostponeDays.newDueOn(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 5), 1))
                .isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void parse_oneToTen_accepted() {
        assertThat(PostponeDays.parse("1")).isEqualTo(1);
        assertThat(PostponeDays.parse("10")).isEqualTo(10);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0", "11", "-1", "5.0", " 5", "05x", "99999999999"})
    void parse_anythingElse_400InvalidDays(String days) {
        assertThatThrownBy(() -> PostponeDays.parse(days)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().type().toString()).endsWith("/invalid-days");
        });
    }
}
