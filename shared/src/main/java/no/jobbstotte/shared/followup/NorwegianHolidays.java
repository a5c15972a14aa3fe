package no.jobbstotte.shared.followup;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Norway's public holidays (helligdager and 1. and 17. mai): five fixed dates and seven that
 * move with Easter. Computed rather than read from a holiday library, because the library's
 * XML rules and JAXB runtime made the functions' jars larger and their cold starts slower,
 * for a calendar that fits in a few lines.
 */
final class NorwegianHolidays {

    private NorwegianHolidays() {}

    /**
     * Every public holiday of {@code year}, Sundays included (1. påskedag, 1. pinsedag). Eleven
     * dates in years where two holidays fall on one day (Kristi himmelfart on 1. mai in 2008,
     * 2. pinsedag on 17. mai in 2027).
     */
    static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return Stream.of(
                LocalDate.of(year, 1, 1),   // nyttårsdag
                easter.minusDays(3),        // skjærtorsdag
                easter.minusDays(2),        // langfredag
                easter,                     // 1. påskedag
                easter.plusDays(1),         // 2. påskedag
                LocalDate.of(year, 5, 1),   // 1. mai
                LocalDate.of(year, 5, 17),  // 17. mai
                easter.plusDays(39),        // Kristi himmelfartsdag
                easter.plusDays(49),        // 1. pinsedag
                easter.plusDays(50),        // 2. pinsedag
                LocalDate.of(year, 12, 25), // 1. juledag
                LocalDate.of(year, 12, 26)) // 2. juledag
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
