package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/**
 * SES v2 (REST-JSON). A send is authorised against the identity SES sends as, and against the
 * configuration set when the request names one. Locally every sender's domain is a verified
 * domain identity (the usual set-up: one domain verified by DNS, not each address), so SES
 * checks {@code identity/<domain>}; an address is its own identity only when the local cloud is
 * told it is verified.
 */
record SesAccess(Arns arns, Set<String> verifiedAddresses) implements ServiceAccess {


    SesAccess {
        verifiedAddresses = Set.copyOf(verifiedAddresses);
    }

    @Override
    public String service() {
        return "ses";
    }

    @Override
    public String operation(ProxiedRequest request) {
        return switch (request.method() + " " + request.path()) {
            case "POST /v2/email/outbound-emails" -> "SendEmail";
            case "POST /v2/email/outbound-bulk-emails" -> "SendBulkEmail";
            case "GET /v2/email/account" -> "GetAccount";
            default -> request.method() + " " + request.path();
        };
    }

    @Override
    public List<AccessRequest> requests(ProxiedRequest request) {
        String route = request.method() + " " + request.path();
        String action = switch (route) {
            case "POST /v2/email/outbound-emails" -> "ses:SendEmail";
            case "POST /v2/email/outbound-bulk-emails" -> "ses:SendBulkEmail";
            case "GET /v2/email/account" -> "ses:GetAccount";
            default -> null;
        };
        if (action == null) {
            return List.of(ServiceAccess.unknown(service(), route));
        }
        if (action.equals("ses:GetAccount")) {
            return List.of(AccessRequest.of(action, "*"));
        }
        JsonNode body = ServiceAccess.json(request).orElse(null);
        if (body == null) {
            return List.of(ServiceAccess.unknown(service(), "unreadable body"));
        }
        List<AccessRequest> out = new ArrayList<>();
        String identityArn = body.path("FromEmailAddressIdentityArn").asText("");
        String from = address(body.path("FromEmailAddress").asText(""));
        if (!identityArn.isEmpty()) {
            out.add(AccessRequest.of(action, identityArn));
        } else if (from.contains("@")) {
            out.add(AccessRequest.of(action, arns.sesIdentity(identity(from))));
        } else {
            return List.of(ServiceAccess.unknown(service(), "send without a sender address"));
        }
        String configurationSet = body.path("ConfigurationSetName").asText("");
        if (!configurationSet.isEmpty()) {
            out.add(AccessRequest.of(action, arns.sesConfigurationSet(configurationSet)));
        }
        return out;
    }

    private String identity(String address) {
        return verifiedAddresses.contains(address) ? address : address.substring(address.lastIndexOf('@') + 1);
    }

    /** {@code "Name" <a@b.no>} → {@code a@b.no}, lower-cased as SES compares identities. */
    private static String address(String from) {
        int open = from.lastIndexOf('<');
        int close = from.lastIndexOf('>');
        String address = open >= 0 && close > open ? from.substring(open + 1, close) : from;
        return address.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void deny(HttpExchange exchange, String message) throws IOException {
        AwsErrors.restJson(exchange, message);
    }
}
