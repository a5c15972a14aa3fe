package no.jobbstotte.localcloud.iam;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/**
 * S3 in path style ({@code /<bucket>/<key>}), REST: the method and the sub-resource in the query
 * pick the action, on {@code arn:aws:s3:::<bucket>} or {@code arn:aws:s3:::<bucket>/<key>}.
 * Headers that ask for more (a copy source, an ACL, tags) need their own actions too.
 */
final class S3Access implements ServiceAccess {

    private static final Pattern DELETE_KEY = Pattern.compile("<Key>([^<]*)</Key>");

    @Override
    public String service() {
        return "s3";
    }

    @Override
    public List<AccessRequest> requests(ProxiedRequest request) {
        String path = request.path();
        String[] parts = path.substring(1).split("/", 2);
        String bucket = parts[0];
        String key = parts.length > 1 ? parts[1] : "";
        Map<String, String> query = request.query();
        if (bucket.isEmpty()) {
            return List.of(request.method().equals("GET") ? AccessRequest.of("s3:ListAllMyBuckets", "*")
                    : ServiceAccess.unknown(service(), request.method() + " /"));
        }
        return key.isEmpty() ? bucketRequests(request, bucket, query) : objectRequests(request, bucket, key, query);
    }

    private List<AccessRequest> bucketRequests(ProxiedRequest request, String bucket, Map<String, String> query) {
        String arn = Arns.bucket(bucket);
        return switch (request.method()) {
            case "GET" -> {
                if (query.containsKey("location")) {
                    yield List.of(AccessRequest.of("s3:GetBucketLocation", arn));
                }
                if (query.containsKey("versions")) {
                    yield List.of(AccessRequest.of("s3:ListBucketVersions", arn));
                }
                if (query.containsKey("uploads")) {
                    yield List.of(AccessRequest.of("s3:ListBucketMultipartUploads", arn));
                }
                if (query.keySet().stream().anyMatch(List.of("acl", "policy", "tagging", "cors", "website")::contains)) {
                    yield List.of(ServiceAccess.unknown(service(), "bucket sub-resource " + query.keySet()));
                }
                yield List.of(new AccessRequest("s3:ListBucket", arn, listContext(query)));
            }
            case "HEAD" -> List.of(AccessRequest.of("s3:ListBucket", arn));
            case "PUT" -> List.of(query.isEmpty() ? AccessRequest.of("s3:CreateBucket", arn)
                    : ServiceAccess.unknown(service(), "PUT bucket " + query.keySet()));
            case "DELETE" -> List.of(query.isEmpty() ? AccessRequest.of("s3:DeleteBucket", arn)
                    : ServiceAccess.unknown(service(), "DELETE bucket " + query.keySet()));
            case "POST" -> {
                if (!query.containsKey("delete")) {
                    yield List.of(ServiceAccess.unknown(service(), "POST bucket " + query.keySet()));
                }
                // DeleteObjects: each key is authorised as a DeleteObject of its own.
                List<AccessRequest> out = new ArrayList<>();
                Matcher keys = DELETE_KEY.matcher(request.bodyText());
                while (keys.find()) {
                    out.add(AccessRequest.of("s3:DeleteObject", Arns.object(bucket, unescapeXml(keys.group(1)))));
                }
                yield out.isEmpty() ? List.of(ServiceAccess.unknown(service(), "DeleteObjects without keys")) : out;
            }
            default -> List.of(ServiceAccess.unknown(service(), request.method() + " bucket"));
        };
    }

    private List<AccessRequest> objectRequests(ProxiedRequest request, String bucket, String key,
            Map<String, String> query) {
        String arn = Arns.object(bucket, key);
        boolean version = query.containsKey("versionId");
        List<AccessRequest> out = new ArrayList<>();
        switch (request.method()) {
            case "GET", "HEAD" -> {
                if (query.containsKey("acl")) {
                    out.add(AccessRequest.of("s3:GetObjectAcl", arn));
                } else if (query.containsKey("tagging")) {
                    out.add(AccessRequest.of("s3:GetObjectTagging", arn));
                } else if (query.containsKey("uploadId")) {
                    out.add(AccessRequest.of("s3:ListMultipartUploadParts", arn));
                } else {
                    out.add(AccessRequest.of(version ? "s3:GetObjectVersion" : "s3:GetObject", arn));
                }
            }
            case "PUT" -> {
                if (query.containsKey("acl")) {
                    out.add(AccessRequest.of("s3:PutObjectAcl", arn));
                } else if (query.containsKey("tagging")) {
                    out.add(AccessRequest.of("s3:PutObjectTagging", arn));
                } else {
                    out.add(AccessRequest.of("s3:PutObject", arn));
                    request.header("x-amz-copy-source").ifPresent(source -> out.add(AccessRequest.of("s3:GetObject",
                            "arn:aws:s3:::" + java.net.URLDecoder.decode(source.replaceFirst("^/", "")
                                    .replaceFirst("\\?.*$", "").replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8))));
                    request.header("x-amz-acl").ifPresent(acl -> out.add(AccessRequest.of("s3:PutObjectAcl", arn)));
                    request.header("x-amz-tagging").ifPresent(tags -> out.add(AccessRequest.of("s3:PutObjectTagging", arn)));
                }
            }
            // CreateMultipartUpload and CompleteMultipartUpload are authorised as PutObject.
            case "POST" -> out.add(query.containsKey("uploads") || query.containsKey("uploadId")
                    ? AccessRequest.of("s3:PutObject", arn) : ServiceAccess.unknown(service(), "POST object " + query.keySet()));
            case "DELETE" -> out.add(query.containsKey("uploadId") ? AccessRequest.of("s3:AbortMultipartUpload", arn)
                    : AccessRequest.of(version ? "s3:DeleteObjectVersion" : "s3:DeleteObject", arn));
            default -> out.add(ServiceAccess.unknown(service(), request.method() + " object"));
        }
        return out;
    }

    /**
     * S3 answers a GET or HEAD of a missing key with 404 only to a caller who may list the bucket;
     * to anyone else with 403, so that absence does not leak. This is the ListBucket it checks.
     */
    Optional<AccessRequest> listBucketForMissingKey(ProxiedRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Optional.empty();
        }
        String[] parts = request.path().substring(1).split("/", 2);
        if (parts.length < 2 || parts[1].isEmpty() || !request.query().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AccessRequest.of("s3:ListBucket", Arns.bucket(parts[0])));
    }

    private static Map<String, String> listContext(Map<String, String> query) {
        Map<String, String> context = new java.util.LinkedHashMap<>();
        context.put("s3:prefix", query.getOrDefault("prefix", ""));
        if (query.containsKey("delimiter")) {
            context.put("s3:delimiter", query.get("delimiter"));
        }
        if (query.containsKey("max-keys")) {
            context.put("s3:max-keys", query.get("max-keys"));
        }
        return context;
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    @Override
    public void deny(HttpExchange exchange, String message) throws IOException {
        AwsErrors.s3(exchange, message);
    }
}
