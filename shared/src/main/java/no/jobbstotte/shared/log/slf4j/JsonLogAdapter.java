package no.jobbstotte.shared.log.slf4j;

import no.jobbstotte.shared.log.Log;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One library logger: warnings and errors become JSON log lines; the rest is dropped. */
final class JsonLogAdapter extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient Log log;

    JsonLogAdapter(String name) {
        this.name = name;
        this.log = Log.named(name);
    }

    @Override public boolean isTraceEnabled() { return false; }
    @Override public boolean isDebugEnabled() { return false; }
    @Override public boolean isInfoEnabled() { return false; }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public boolean isErrorEnabled() { return true; }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        if (level == Level.ERROR) {
            log.error(message, throwable);
        } else if (level == Level.WARN) {
            log.warn(message);
        }
    }
}
