package no.jobbstotte.shared.log.slf4j;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Routes what libraries log through SLF4J (the AWS SDK) into the project's JSON log
 * lines, warnings and errors only. Without a provider SLF4J prints a warning on every cold start
 * and drops the SDK's own warnings; a full logging framework would cost cold-start time.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

    private final ILoggerFactory loggers = JsonLogAdapter::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Nothing to set up: lines go straight to Log.
    }
}
