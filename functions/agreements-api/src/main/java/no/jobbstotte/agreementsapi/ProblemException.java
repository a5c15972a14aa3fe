package no.jobbstotte.agreementsapi;

import no.jobbstotte.shared.http.Problem;

/**
 * A request answered with a problem before an endpoint does its work (unreadable, too large,
 * not authentic): thrown by the reader and the authenticator, rendered by the handler.
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
