package no.jobbstotte.shared.fidelity;

/** Placeholder until the core part lands (issue #19): the scale's anchors are core's. */
public final class IpsScale {

    private IpsScale() {}

    public static int score(IpsItem item, double figure) {
        return switch (item) {
            case CASELOAD_SIZE -> figure <= 20 ? 5 : figure <= 40 ? 4 : figure <= 60 ? 3 : figure <= 80 ? 2 : 1;
            case RAPID_JOB_SEARCH -> figure <= 30 ? 5 : figure <= 60 ? 4 : figure <= 150 ? 3 : figure <= 270 ? 2 : 1;
            case EMPLOYER_CONTACT -> figure >= 4 ? 5 : figure >= 3 ? 4 : figure >= 2 ? 3 : figure >= 1 ? 2 : 1;
            case FOLLOW_ALONG -> figure >= 0.9 ? 5 : figure >= 0.7 ? 4 : figure >= 0.5 ? 3 : figure >= 0.3 ? 2 : 1;
        };
    }
}
