package no.jobbstotte.shared.http;

/**
 * A request answered with a problem before a service does its work (unreadable, too large, not
 * authentic): thrown by an HTTP function's request reader or authenticator, rendered by its handler.
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
