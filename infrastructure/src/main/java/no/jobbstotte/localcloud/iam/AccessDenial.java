package no.jobbstotte.localcloud.iam;

/** A call the local cloud refused because the function's role does not allow it. */
public record AccessDenial(String function, String action, String resource) {

    @Override
    public String toString() {
        return function + " may not " + action + " on " + resource;
    }
}
