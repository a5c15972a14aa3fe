package no.jobbstotte.localcloud.alarms;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;

/** The static-threshold comparison operators of CloudWatch alarms. */
public enum Comparison {
    GreaterThanThreshold(">", (value, threshold) -> value > threshold),
    GreaterThanOrEqualToThreshold(">=", (value, threshold) -> value >= threshold),
    LessThanThreshold("<", (value, threshold) -> value < threshold),
    LessThanOrEqualToThreshold("<=", (value, threshold) -> value <= threshold);

    private final String symbol;
    private final BiPredicate<Double, Double> breaches;

    Comparison(String symbol, BiPredicate<Double, Double> breaches) {
        this.symbol = symbol;
        this.breaches = breaches;
    }

    static Optional<Comparison> of(Object operator) {
        return Arrays.stream(values()).filter(c -> c.name().equals(operator)).findFirst();
    }

    boolean breaches(double value, double threshold) {
        return breaches.test(value, threshold);
    }

    String symbol() {
        return symbol;
    }
}
