package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.jobbstotte.localcloud.proxy.Forwarder;

/** AccessDenied in each protocol's own shape, so the SDK raises the exception it raises on AWS. */
final class AwsErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsErrors() {}

    /**
     * AWS JSON 1.0/1.1 (DynamoDB, SQS, Secrets Manager): {@code __type} names the error after a
     * {@code #}. SQS alone also carries its old query-protocol code, which clients prefer there.
     */
    static void json(HttpExchange exchange, int status, String contentType, String message, boolean queryCompatible)
            throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("__type", "com.amazon.coral.service#AccessDeniedException")
                .put("message", message);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (queryCompatible) {
            exchange.getResponseHeaders().set("x-amzn-query-error", "AccessDenied;Sender");
        }
        Forwarder.send(exchange, status, JSON.writeValueAsBytes(body));
    }

    /** REST-JSON (SES v2): the error type in a header, the message in the body. */
    static void restJson(HttpExchange exchange, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-ErrorType", "AccessDeniedException");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        Forwarder.send(exchange, 403, JSON.writeValueAsBytes(JSON.createObjectNode().put("message", message)));
    }

    /** S3's XML error; a HEAD gets the status alone, as from S3. */
    static void s3(HttpExchange exchange, String message) throws IOException {
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.getResponseHeaders().set("x-amz-request-id", requestId);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>"
                + escape(message) + "</Message><RequestId>" + requestId + "</RequestId></Error>";
        Forwarder.send(exchange, 403, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
