package no.jobbstotte.hardening;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.iam.CallLedger.Call;

/**
 * What one unit of work cost: the AWS calls its functions made, as the local cloud's IAM gateway
 * saw them. {@code per} is how many units the calls were made for (ten versions in one push), so
 * the table can show the cost of one.
 *
 * @param id the unit's key in the budgets
 * @param name how the table names it
 */
record UnitCost(String id, String name, int per, List<Call> calls) {

    UnitCost {
        calls = List.copyOf(calls);
        if (per < 1) {
            throw new IllegalArgumentException("per must be at least 1");
        }
    }

    int total() {
        return calls.size();
    }

    double readUnits() {
        return calls.stream().mapToDouble(Call::readUnits).sum();
    }

    double writeUnits() {
        return calls.stream().mapToDouble(Call::writeUnits).sum();
    }

    /** Calls per service, then per operation, both in name order. */
    Map<String, Map<String, Long>> byServiceAndOperation() {
        return group(Call::service, Call::operation);
    }

    /** Calls of one function per resource, then per operation, both in name order. */
    Map<String, Map<String, Long>> byResourceAndOperation(String function, Function<Call, String> resourceName) {
        return new UnitCost(id, name, per, calls.stream().filter(c -> c.function().equals(function)).toList())
                .group(resourceName, Call::operation);
    }

    /** The functions that made the calls, in name order. */
    SortedSet<String> functions() {
        return calls.stream().map(Call::function).collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, Map<String, Long>> group(Function<Call, String> outer, Function<Call, String> inner) {
        return calls.stream().collect(Collectors.groupingBy(outer, TreeMap::new,
                Collectors.groupingBy(inner, TreeMap::new, Collectors.counting())));
    }
}
