package no.jobbstotte.localcloud.iam;

import java.util.Map;

/**
 * One authorisation IAM makes for a call: an action on a resource ARN, with the request's
 * condition keys (say {@code s3:prefix} for a ListObjectsV2). One API call can need several
 * (a BatchWriteItem over two tables, a SendEmail with a configuration set).
 */
public record AccessRequest(String action, String resource, Map<String, String> context) {

    public AccessRequest {
        context = Map.copyOf(context);
    }

    public static AccessRequest of(String action, String resource) {
        return new AccessRequest(action, resource, Map.of());
    }
}
