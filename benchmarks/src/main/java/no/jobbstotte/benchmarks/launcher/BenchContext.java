package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** The Lambda context, from the environment the driver sets. */
final class BenchContext implements Context {

    private final long deadline = System.currentTimeMillis() + 300_000;
    private final String name = String.valueOf(System.getenv("AWS_LAMBDA_FUNCTION_NAME"));

    @Override public String getAwsRequestId() { return "bench-request"; }
    @Override public String getLogGroupName() { return "/aws/lambda/" + name; }
    @Override public String getLogStreamName() { return "bench"; }
    @Override public String getFunctionName() { return name; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-north-1:000000000000:function:" + name; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }
    @Override public int getMemoryLimitInMB() { return 1024; }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override public void log(String message) { System.err.println(message); }
            @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
        };
    }
}
