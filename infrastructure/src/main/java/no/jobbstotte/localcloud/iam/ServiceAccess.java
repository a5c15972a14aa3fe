package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/** How one AWS service's API calls become IAM authorisations, and how that service says AccessDenied. */
interface ServiceAccess {

    ObjectMapper JSON = new ObjectMapper();

    /** The name the SDK signs with and the endpoint variable uses, for logs. */
    String service();

    /** The API operation, as the service's reference names it ({@code PutItem}, {@code HeadObject}). */
    String operation(ProxiedRequest request);

    /**
     * What IAM authorises for this request. A request the local cloud cannot map yields an action
     * no policy can grant ({@link #unknown}), so it is refused rather than waved through.
     */
    List<AccessRequest> requests(ProxiedRequest request);

    /** Answers the caller as the service does when IAM refuses. */
    void deny(HttpExchange exchange, String message) throws IOException;

    /** The part of an {@code X-Amz-Target} header after its dot: the JSON protocols' operation. */
    static String target(ProxiedRequest request) {
        String target = request.header("X-Amz-Target").orElse("");
        return target.substring(target.indexOf('.') + 1);
    }

    /**
     * The JSON body of a request, an empty body as a missing node; empty when it is not JSON, which
     * the caller refuses as unmappable.
     */
    static Optional<JsonNode> json(ProxiedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.body());
            return Optional.of(body == null ? MissingNode.getInstance() : body);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static AccessRequest unknown(String service, String what) {
        return AccessRequest.of(service + ":UnknownToTheLocalCloud(" + what + ")", "*");
    }
}
