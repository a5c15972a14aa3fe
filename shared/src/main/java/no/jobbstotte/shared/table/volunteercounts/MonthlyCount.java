package no.jobbstotte.shared.table.volunteercounts;

import java.time.YearMonth;

/** How many volunteers were confirmed in a municipality in a month; anonymous, kept after erasure. */
public record MonthlyCount(String municipalityNumber, YearMonth month, long count) {}
