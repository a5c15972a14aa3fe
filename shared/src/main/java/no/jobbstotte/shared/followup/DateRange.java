package no.jobbstotte.shared.followup;

import java.time.LocalDate;
import java.util.Objects;

/** The dates from {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {
    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last is before first");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
