package no.jobbstotte.localcloud.iam;

import java.util.List;

/** One IAM policy statement, with its intrinsic functions already resolved to local ARNs. */
record Statement(boolean allow, List<String> actions, List<String> resources, List<Condition> conditions) {

    Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    boolean applies(AccessRequest request) {
        return actions.stream().anyMatch(a -> Wildcards.matches(a, request.action(), true))
                && resources.stream().anyMatch(r -> Wildcards.matches(r, request.resource(), false))
                && conditions.stream().allMatch(c -> c.holds(request.context()));
    }
}
