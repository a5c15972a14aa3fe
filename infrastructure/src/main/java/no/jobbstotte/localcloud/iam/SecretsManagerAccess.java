package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/**
 * Secrets Manager (AWS JSON 1.1, {@code X-Amz-Target: secretsmanager.<Operation>}): the operation
 * on the secret its SecretId (or, creating one, its Name) names. AWS resolves a name to the
 * secret's full ARN, whose random suffix the gateway does not know, so a secret named by name is
 * checked as {@code secret:<name>}, which a grant on the exact ARN (what {@code !Ref} gives) does
 * not cover: functions call with the ARN from their environment, as they should on AWS too.
 */
record SecretsManagerAccess(Arns arns) implements ServiceAccess {

    private static final String TARGET_PREFIX = "secretsmanager.";

    @Override
    public String service() {
        return "secretsmanager";
    }

    @Override
    public String operation(ProxiedRequest request) {
        return ServiceAccess.target(request);
    }

    @Override
    public List<AccessRequest> requests(ProxiedRequest request) {
        String target = request.header("X-Amz-Target").orElse("");
        if (!target.startsWith(TARGET_PREFIX)) {
            return List.of(ServiceAccess.unknown(service(), target));
        }
        JsonNode body = ServiceAccess.json(request).orElse(null);
        if (body == null) {
            return List.of(ServiceAccess.unknown(service(), "unreadable body"));
        }
        String secret = body.path("SecretId").asText(body.path("Name").asText(""));
        return List.of(AccessRequest.of("secretsmanager:" + target.substring(TARGET_PREFIX.length()),
                secret.isEmpty() ? "*" : arns.secret(secret)));
    }

    @Override
    public void deny(HttpExchange exchange, String message) throws IOException {
        AwsErrors.json(exchange, 400, "application/x-amz-json-1.1", message, false);
    }
}
