package no.jobbstotte.shared.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a function knows about where it runs: its environment, read once per container.
 *
 * <p>Everything a function needs from outside (region, credentials, table and queue names, endpoint
 * overrides for emulators) comes from environment variables, exactly as Lambda sets them. Nothing
 * else calls {@code System.getenv}, so tests and the local cloud can pass a map instead.
 */
public record RuntimeConfig(Map<String, String> environment) {

    public RuntimeConfig {
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    public static RuntimeConfig fromEnv() {
        return new RuntimeConfig(System.getenv());
    }

    public static RuntimeConfig of(Map<String, String> environment) {
        return new RuntimeConfig(environment);
    }

    public Optional<String> optional(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String require(String name) {
        return optional(name).orElseThrow(() -> new MissingConfigurationException(name));
    }

    public int intValue(String name, int defaultValue) {
        return optional(name).map(v -> parseInt(name, v)).orElse(defaultValue);
    }

    public String region() {
        return optional("AWS_REGION").or(() -> optional("AWS_DEFAULT_REGION"))
                .orElseThrow(() -> new MissingConfigurationException("AWS_REGION"));
    }

    /**
     * The endpoint override for one service, following the SDK's own convention: {@code
     * AWS_ENDPOINT_URL_<SERVICE>} wins over {@code AWS_ENDPOINT_URL}; absent on AWS.
     */
    public Optional<URI> endpointOverride(String serviceEnvSuffix) {
        return optional("AWS_ENDPOINT_URL_" + serviceEnvSuffix)
                .or(() -> optional("AWS_ENDPOINT_URL"))
                .map(URI::create);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Environment variable " + name + " must be a whole number", e);
        }
    }

    /** A variable the function cannot run without; fails the init, so the deployment is visibly broken. */
    public static final class MissingConfigurationException extends IllegalStateException {
        public MissingConfigurationException(String name) {
            super("Missing environment variable " + name);
        }
    }
}
