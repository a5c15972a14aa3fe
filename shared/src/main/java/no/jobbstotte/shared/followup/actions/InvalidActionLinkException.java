package no.jobbstotte.shared.followup.actions;

/** A link that is not ours, was changed, or is past its time; the reason never quotes the token. */
public final class InvalidActionLinkException extends RuntimeException {

    /** Why: a person is told differently whether the link is broken or merely old. */
    public enum Reason {
        MALFORMED,
        EXPIRED
    }

    private final Reason reason;

    InvalidActionLinkException(Reason reason) {
        super("action link " + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
