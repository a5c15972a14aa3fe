package no.jobbstotte.statisticspublisher.statistics;

/**
 * A published variable (statistikkvariabel) with its Norwegian label and unit.
 *
 * @param decimals how many decimals values carry (0 for counts)
 */
public record Measure(String id, String label, String unit, int decimals) {

    public static Measure count(String id, String label, String unit) {
        return new Measure(id, label, unit, 0);
    }
}
