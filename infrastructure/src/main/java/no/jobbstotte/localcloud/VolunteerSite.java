package no.jobbstotte.localcloud;

import java.net.URI;

/**
 * The volunteer sign-up pages ({@code web/frivillig/}), served on the HTTP API's origin as they
 * are deployed: the form posts to {@code /v1/volunteers} and the API's own pages link the
 * stylesheet at {@code /frivillig/style.css}, both on the same origin.
 */
public final class VolunteerSite {

    public static final String PATH = "/frivillig/";
    /** The folder, relative to the repository's root. */
    public static final String FOLDER = "web/frivillig";

    private VolunteerSite() {}

    public static URI url(LocalCloud cloud) {
        return cloud.httpApiUrl().resolve(PATH);
    }
}
