package no.jobbstotte.localcloud.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.iam.FunctionCredentials;

/**
 * The environment variables Lambda sets, pointed at the local cloud: region, credentials and an
 * endpoint override per service for any client, and for a function also its name, memory and the
 * template's variables.
 */
public final class LambdaEnvironment {

    private LambdaEnvironment() {}

    /** What any client of the local cloud needs; the emulators accept any credentials. */
    public static Map<String, String> client(String region, EmulatorEndpoints endpoints) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_ENDPOINT_URL_SQS", endpoints.sqs().toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        env.put("AWS_ENDPOINT_URL_S3", endpoints.s3().toString());
        env.put("AWS_ENDPOINT_URL_SESV2", endpoints.ses().toString());
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", endpoints.secretsManager().toString());
        return env;
    }

    /** A function's environment; {@code resolve} turns a template value (maybe a !Ref) into its string. */
    public static Map<String, String> function(FunctionDefinition function, String region, EmulatorEndpoints endpoints,
            Function<Object, String> resolve) {
        Map<String, String> env = client(region, endpoints);
        // The function signs as its role, so the IAM gateway knows whose policy applies.
        env.put("AWS_ACCESS_KEY_ID", FunctionCredentials.accessKeyId(function.logicalId()));
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(function.memoryMb()));
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
        function.environment().forEach((name, value) -> env.put(name, resolve.apply(value)));
        return env;
    }
}
