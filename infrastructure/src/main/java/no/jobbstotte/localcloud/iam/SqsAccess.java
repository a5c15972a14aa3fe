package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/**
 * SQS, in the JSON protocol ({@code X-Amz-Target: AmazonSQS.<Action>}) the SDK speaks and the
 * older query protocol ({@code Action=} in a form): the action on the queue the URL names. The
 * batch calls are authorised as their single forms; IAM has no actions of their own for them.
 */
record SqsAccess(Arns arns) implements ServiceAccess {

    private static final Map<String, String> BATCH_AS = Map.of("SendMessageBatch", "SendMessage",
            "DeleteMessageBatch", "DeleteMessage", "ChangeMessageVisibilityBatch", "ChangeMessageVisibility");

    @Override
    public String service() {
        return "sqs";
    }

    @Override
    public String operation(ProxiedRequest request) {
        return request.header("X-Amz-Target").isPresent() ? ServiceAccess.target(request)
                : ProxiedRequest.form(request.bodyText()).getOrDefault("Action", request.query().getOrDefault("Action", ""));
    }

    @Override
    public List<AccessRequest> requests(ProxiedRequest request) {
        String operation;
        String queueUrl;
        String queueName;
        String target = request.header("X-Amz-Target").orElse("");
        if (target.startsWith("AmazonSQS.")) {
            operation = target.substring("AmazonSQS.".length());
            JsonNode body = ServiceAccess.json(request).orElse(null);
            if (body == null) {
                return List.of(ServiceAccess.unknown(service(), "unreadable body"));
            }
            queueUrl = body.path("QueueUrl").asText("");
            queueName = body.path("QueueName").asText("");
        } else {
            Map<String, String> form = ProxiedRequest.form(request.bodyText());
            form.putAll(request.query());
            operation = form.getOrDefault("Action", "");
            queueUrl = form.getOrDefault("QueueUrl", request.path().length() > 1 ? request.path() : "");
            queueName = form.getOrDefault("QueueName", "");
        }
        if (operation.isEmpty()) {
            return List.of(ServiceAccess.unknown(service(), "no action"));
        }
        String name = queueName.isEmpty() && !queueUrl.isEmpty() ? queueUrl.substring(queueUrl.lastIndexOf('/') + 1)
                : queueName;
        return List.of(AccessRequest.of("sqs:" + BATCH_AS.getOrDefault(operation, operation),
                name.isEmpty() ? "*" : arns.queue(name)));
    }

    @Override
    public void deny(HttpExchange exchange, String message) throws IOException {
        AwsErrors.json(exchange, 403, "application/x-amz-json-1.0", message, true);
    }
}
