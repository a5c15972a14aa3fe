package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void id_ofMonth_isYearMAndTwoDigitMonth() {
        assertThat(Period.month(2026, 1).id()).isEqualTo("2026M01");
        assertThat(Period.month(2026, 9).id()).isEqualTo("2026M09");
        assertThat(Period.month(2026, 10).id()).isEqualTo("2026M10");
        assertThat(Period.month(2026, 12).id()).isEqualTo("2026M12");
    }
}
