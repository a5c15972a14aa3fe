package no.jobbstotte.shared.table.volunteers;

import java.util.function.Consumer;

/** The anonymous monthly counts of confirmations, for the published statistics. */
public interface MonthlyCounts {

    /**
     * Hands every count to {@code counts}, one at a time, holding none of them.
     *
     * @return how many count items were malformed and skipped, for the log
     */
    long readMonthlyCounts(Consumer<MonthlyCount> counts);
}
