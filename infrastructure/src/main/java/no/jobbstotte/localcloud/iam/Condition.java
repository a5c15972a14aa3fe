package no.jobbstotte.localcloud.iam;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One condition of a statement: {@code "StringLike": {"s3:prefix": ["stats/*"]}}. Only the
 * operators below are known; reading a template with any other fails, so no condition is ever
 * taken as true because the local cloud did not understand it.
 */
record Condition(String operator, String key, List<String> values) {

    static final Set<String> OPERATORS = Set.of("StringEquals", "StringNotEquals", "StringLike", "StringNotLike",
            "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null");

    Condition {
        values = List.copyOf(values);
        String base = operator.endsWith("IfExists") ? operator.substring(0, operator.length() - "IfExists".length())
                : operator;
        if (!OPERATORS.contains(base) || (base.equals("Null") && operator.endsWith("IfExists"))) {
            throw new IllegalArgumentException("condition operator " + operator + " is not one the local cloud evaluates ("
                    + OPERATORS + ", with IfExists)");
        }
    }

    boolean holds(Map<String, String> context) {
        String actual = context.get(key);
        if (operator.equals("Null")) {
            return values.stream().anyMatch(v -> Boolean.parseBoolean(v) == (actual == null));
        }
        boolean ifExists = operator.endsWith("IfExists");
        if (actual == null) {
            // IAM: a missing key fails every operator, negated ones included, unless ...IfExists.
            return ifExists;
        }
        String base = ifExists ? operator.substring(0, operator.length() - "IfExists".length()) : operator;
        return switch (base) {
            case "StringEquals", "ArnEquals" -> values.contains(actual);
            case "StringNotEquals", "ArnNotEquals" -> !values.contains(actual);
            case "StringLike", "ArnLike" -> values.stream().anyMatch(v -> Wildcards.matches(v, actual, false));
            case "StringNotLike", "ArnNotLike" -> values.stream().noneMatch(v -> Wildcards.matches(v, actual, false));
            default -> throw new IllegalStateException(operator);
        };
    }
}
