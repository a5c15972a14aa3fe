package no.jobbstotte.volunteersignup;

import no.jobbstotte.shared.http.Problem;

/** What a route answers, before it is rendered as JSON or as a Norwegian HTML page. */
public sealed interface Reply {

    /** Success; {@code outcome} is the stable machine-readable word, the rest is for people. */
    record Done(int status, String outcome, String title, String message) implements Reply {}

    /** A page with one button that POSTs the token: GET links must not act, as mail scanners open them. */
    record Form(String action, String token, String title, String message, String button) implements Reply {}

    record Failed(Problem problem) implements Reply {}
}
