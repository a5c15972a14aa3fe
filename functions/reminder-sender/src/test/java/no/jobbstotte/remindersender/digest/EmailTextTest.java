package no.jobbstotte.remindersender.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmailTextTest {

    @Test
    void date_spellsEveryDayAsTheNorwegianLocaleDoes() {
        DateTimeFormatter bokmal = DateTimeFormatter.ofPattern("EEEE d. MMMM", Locale.forLanguageTag("nb-NO"));
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            assertThat(EmailText.date(day)).isEqualTo(bokmal.format(day));
        }
    }

    @Test
    void date_example() {
        assertThat(EmailText.date(LocalDate.of(2026, 12, 1))).isEqualTo("tirsdag 1. desember");
    }
}
