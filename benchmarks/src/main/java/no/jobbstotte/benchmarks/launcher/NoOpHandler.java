package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The JVM floor: a handler that does nothing. */
public final class NoOpHandler implements RequestHandler<Object, String> {

    @Override
    public String handleRequest(Object event, Context context) {
        return "ok";
    }
}
