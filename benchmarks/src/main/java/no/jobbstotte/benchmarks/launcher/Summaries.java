package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

/** A one-line description of a handler's result, so the driver can check the invocation did its work. */
final class Summaries {

    private Summaries() {}

    static String of(Object result) {
        if (result instanceof APIGatewayV2HTTPResponse http) {
            return "status " + http.getStatusCode() + " " + http.getBody();
        }
        if (result instanceof SQSBatchResponse batch) {
            return "batchItemFailures " + (batch.getBatchItemFailures() == null ? 0 : batch.getBatchItemFailures().size());
        }
        return String.valueOf(result);
    }
}
