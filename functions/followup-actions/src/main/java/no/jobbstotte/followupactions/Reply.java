package no.jobbstotte.followupactions;

import no.jobbstotte.shared.http.Problem;

/** What a route answers, before it is rendered as a Norwegian HTML page or as JSON. */
sealed interface Reply {

    /** The action was taken; {@code outcome} is the stable machine-readable word. */
    record Done(String outcome, String title, String message) implements Reply {}

    /**
     * A page with one button that POSTs the token: a GET must not act, as mail scanners open links.
     * {@code asks}: what else the form asks for.
     */
    record Form(String token, String title, String message, String button, Asks asks) implements Reply {}

    /** Nothing more; how many working days to postpone by; how the employer contact was made and with whom. */
    enum Asks {
        NOTHING,
        DAYS,
        CONTACT
    }

    record Failed(Problem problem) implements Reply {}
}
