package no.jobbstotte.shared.log;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.jobbstotte.shared.config.ClockModule;

/**
 * Structured JSON logs, one object a line, as CloudWatch Logs Insights reads them. Every line
 * carries the correlation id of the work in hand. Callers pass ids and counts as fields, never
 * personal data (names, e-mail addresses, phone numbers, tokens): the API has no way to log a
 * whole payload on purpose.
 */
public final class Log {

    private static final ThreadLocal<String> CORRELATION_ID = new ThreadLocal<>();

    private final String logger;
    private final PrintStream out;
    private final Clock clock;

    private Log(String logger, PrintStream out, Clock clock) {
        this.logger = logger;
        this.out = out;
        this.clock = clock;
    }

    public static Log get(Class<?> type) {
        return new Log(type.getSimpleName(), System.out, ClockModule.clock());
    }

    /** A logger for a library's logger name (see the SLF4J bridge). */
    public static Log named(String logger) {
        int dot = logger.lastIndexOf('.');
        return new Log(dot < 0 ? logger : logger.substring(dot + 1), System.out, ClockModule.clock());
    }

    static Log to(String logger, PrintStream out, Clock clock) {
        return new Log(logger, out, clock);
    }

    /** Runs work with a correlation id on every line it logs, and restores the outer one after. */
    public static <T> T withCorrelationId(String correlationId, Supplier<T> work) {
        String outer = CORRELATION_ID.get();
        CORRELATION_ID.set(correlationId);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CORRELATION_ID.remove();
            } else {
                CORRELATION_ID.set(outer);
            }
        }
    }

    public static String correlationId() {
        return CORRELATION_ID.get();
    }

    public void info(String message, Object... keyValues) {
        write("INFO", message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        write("WARN", message, null, keyValues);
    }

    /** Logs the error's type and stack frames, not its message: messages can quote input. */
    public void error(String message, Throwable error, Object... keyValues) {
        // error may be null: libraries log errors without an exception too.
        write("ERROR", message, error, keyValues);
    }

    private void write(String level, String message, Throwable error, Object[] keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            fields.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        StringBuilder line = new StringBuilder(160);
        line.append('{');
        JsonText.field(line, "timestamp", Instant.now(clock).toString()).append(',');
        JsonText.field(line, "level", level).append(',');
        JsonText.field(line, "logger", logger).append(',');
        JsonText.field(line, "message", message);
        String correlationId = CORRELATION_ID.get();
        if (correlationId != null) {
            JsonText.field(line.append(','), "correlationId", correlationId);
        }
        fields.forEach((key, value) -> JsonText.field(line.append(','), key, value));
        if (error != null) {
            JsonText.field(line.append(','), "errorType", error.getClass().getName());
            Throwable root = error;
            StringBuilder causes = new StringBuilder();
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                causes.append(causes.isEmpty() ? "" : " <- ").append(root.getClass().getName());
            }
            if (!causes.isEmpty()) {
                JsonText.field(line.append(','), "causes", causes.toString());
            }
            // The root cause's frames say where it really broke; messages stay out (they can quote input).
            StackTraceElement[] frames = root.getStackTrace();
            StringBuilder trace = new StringBuilder();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                trace.append(frames[i]).append('\n');
            }
            JsonText.field(line.append(','), "stack", trace.toString());
        }
        line.append('}');
        out.println(line);
    }
}
