package no.jobbstotte.localcloud.iam;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/** How one AWS service's API calls become IAM authorisations, and how that service says AccessDenied. */
interface ServiceAccess {

    /** The name the SDK signs with and the endpoint variable uses, for logs. */
    String service();

    /**
     * What IAM authorises for this request. A request the local cloud cannot map yields an action
     * no policy can grant ({@link #unknown}), so it is refused rather than waved through.
     */
    List<AccessRequest> requests(ProxiedRequest request);

    /** Answers the caller as the service does when IAM refuses. */
    void deny(HttpExchange exchange, String message) throws IOException;

    static AccessRequest unknown(String service, String what) {
        return AccessRequest.of(service + ":UnknownToTheLocalCloud(" + what + ")", "*");
    }
}
