package no.jobbstotte.statisticspublisher.statistics;

/** A region in the statistics' geography: the whole country, a county or a municipality. */
public record Region(Level level, String code, String label, int parent) {

    public enum Level { COUNTRY, COUNTY, MUNICIPALITY }

    /** No parent: the whole country. */
    public static final int NONE = -1;
}
