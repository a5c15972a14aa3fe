package no.jobbstotte.localcloud.iam;

import java.util.List;

/**
 * The statements of one function's execution role, as IAM evaluates identity-based policies: an
 * explicit Deny wins, then any Allow, and whatever no statement allows is denied.
 */
public record RolePolicy(String function, String roleName, List<Statement> statements) {

    public RolePolicy {
        statements = List.copyOf(statements);
    }

    /** The principal AWS names in AccessDenied messages: the role as the function assumed it. */
    public String principalArn(String accountId) {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + function;
    }

    public Decision decide(AccessRequest request) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (statement.applies(request)) {
                if (!statement.allow()) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    public enum Decision {
        ALLOW, IMPLICIT_DENY, EXPLICIT_DENY;

        /** The tail of AWS's AccessDenied message. */
        String because(String action) {
            return this == EXPLICIT_DENY ? "with an explicit deny in an identity-based policy"
                    : "because no identity-based policy allows the " + action + " action";
        }
    }
}
