package no.jobbstotte.shared.fidelity;

import java.util.Objects;

/**
 * The anchors (1-5) of the IPS fidelity scale (Supported Employment Fidelity Scale, IPS-25) for the
 * items the placement events can measure. Sources, the scale's wording and where our figure departs
 * from it are in docs/fidelity.md; the boundaries below are the ones that document names.
 *
 * <p>The scale rates whole numbers (a ratio of 21-25 clients, 5 contacts a week) while our figures
 * are means and shares, so a figure between two anchors needs a rule. Where the scale says to use
 * the closest scale point (employer contacts) we round to the nearest whole contact, half up; where
 * its anchors are ranges of a count (caseload, days) the upper bound of each range is inclusive and
 * anything above it falls in the next, worse range: 20.4 participants is not "20 or fewer".
 */
public final class IpsScale {

    private IpsScale() {}

    /**
     * @param figure the raw figure in the unit {@link IpsItem} names: participants per specialist,
     *     days, contacts per week, or a share from 0 to 1
     * @return the item score, 1 (not IPS) to 5 (full fidelity)
     */
    public static int score(IpsItem item, double figure) {
        Objects.requireNonNull(item, "item");
        if (Double.isNaN(figure) || figure < 0) {
            // A negative count or NaN is a bug upstream; scoring it would hide the bug behind a 5.
            throw new IllegalArgumentException("figure must be a number >= 0, was " + figure);
        }
        return switch (item) {
            case CASELOAD_SIZE -> atMost(figure, 20, 25, 30, 40);
            case RAPID_JOB_SEARCH -> atMost(figure, 30, 60, 150, 270);
            case EMPLOYER_CONTACT -> employerContact(figure);
            case FOLLOW_ALONG -> followAlong(figure);
        };
    }

    /** The item's name in the Norwegian IPS material, for the weekly mail and the dashboard. */
    public static String norwegianLabel(IpsItem item) {
        return switch (Objects.requireNonNull(item, "item")) {
            case CASELOAD_SIZE -> "Saksmengde (deltakere per jobbspesialist)";
            case RAPID_JOB_SEARCH -> "Rask jobbsøking (dager til første arbeidsgiverkontakt)";
            case EMPLOYER_CONTACT -> "Jobbutvikling (arbeidsgiverkontakter per uke)";
            case FOLLOW_ALONG -> "Tidsubegrenset oppfølging (andel fulgt opp siste 90 dager)";
        };
    }

    /** Lower is better: 5 up to the first bound, 4 up to the second, ... 1 above the last. */
    private static int atMost(double figure, double five, double four, double three, double two) {
        if (figure <= five) return 5;
        if (figure <= four) return 4;
        if (figure <= three) return 3;
        if (figure <= two) return 2;
        return 1;
    }

    /**
     * The scale: 0-1 contacts a week is 1, 2 is 2, 3-4 is 3, 5 is 4, 6 or more is 5, averaged over
     * the specialists and rated at the closest scale point. Rounding the mean half up to a whole
     * contact first gives the bands [0, 1.5) [1.5, 2.5) [2.5, 4.5) [4.5, 5.5) [5.5, ...).
     */
    private static int employerContact(double perWeek) {
        long contacts = Math.round(perWeek);
        if (contacts >= 6) return 5;
        if (contacts == 5) return 4;
        if (contacts >= 3) return 3;
        if (contacts == 2) return 2;
        return 1;
    }

    /**
     * Our own bands (the scale rates how long contact lasts, not a share; see docs/fidelity.md):
     * 90 % or more is 5, 75 % is 4, 50 % is 3, 25 % is 2, below is 1; each lower bound inclusive.
     */
    private static int followAlong(double share) {
        if (share > 1) {
            throw new IllegalArgumentException("a share is at most 1, was " + share);
        }
        if (share >= 0.90) return 5;
        if (share >= 0.75) return 4;
        if (share >= 0.50) return 3;
        if (share >= 0.25) return 2;
        return 1;
    }
}
