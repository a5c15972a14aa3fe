package no.jobbstotte.shared.table.volunteercounts;

import java.util.function.Consumer;

/** The anonymous monthly counts of confirmations, for the published statistics. */
public interface MonthlyCounts {

    /**
     * Hands the count of every municipality and month with a confirmation to {@code counts}, each
     * once; holds one number per municipality and month, never the items.
     *
     * @return how many items were malformed and skipped, for the log
     */
    long readMonthlyCounts(Consumer<MonthlyCount> counts);
}
