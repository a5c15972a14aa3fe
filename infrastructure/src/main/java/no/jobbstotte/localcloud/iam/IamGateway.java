package no.jobbstotte.localcloud.iam;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.proxy.Forwarder;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;
import no.jobbstotte.shared.log.Log;

/**
 * IAM for the local cloud: a proxy in front of each emulator that the functions (and only they)
 * call. Each request is mapped to the IAM authorisations AWS would make, checked against the
 * calling function's role ({@link RolePolicies}), and refused with AccessDenied in the service's
 * own error shape when the role does not allow it, so the function fails as it would on AWS.
 * Callers that are not a function (tests' fixtures, the demo's seeding) pass unchecked. Each
 * function call is also entered in a {@link CallLedger}, with the DynamoDB capacity it consumed.
 */
public final class IamGateway implements AutoCloseable {

    private static final Log LOG = Log.get(IamGateway.class);

    private final Map<String, RolePolicy> roles;
    private final String accountId;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<AccessDenial> denials = new CopyOnWriteArrayList<>();
    private final AtomicLong checked = new AtomicLong();
    private final CallLedger ledger = new CallLedger();
    private final EmulatorEndpoints endpoints;

    private IamGateway(EmulatorEndpoints upstream, Map<String, RolePolicy> roles, String region, String accountId,
            Set<String> verifiedSesAddresses) {
        this.roles = Map.copyOf(roles);
        this.accountId = accountId;
        Arns arns = new Arns(region, accountId);
        try {
            this.endpoints = new EmulatorEndpoints(
                    listen(new SqsAccess(arns), upstream.sqs()),
                    listen(new DynamoDbAccess(arns), upstream.dynamoDb()),
                    listen(new S3Access(), upstream.s3()),
                    listen(new SesAccess(arns, verifiedSesAddresses), upstream.ses()),
                    listen(new SecretsManagerAccess(arns), upstream.secretsManager()));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Listens on free loopback ports, one per service of {@code upstream}. */
    public static IamGateway start(EmulatorEndpoints upstream, Map<String, RolePolicy> roles, String region,
            String accountId) {
        return new IamGateway(upstream, roles, region, accountId, Set.of());
    }

    /** As {@link #start}, with these sender addresses verified as SES identities of their own. */
    public static IamGateway start(EmulatorEndpoints upstream, Map<String, RolePolicy> roles, String region,
            String accountId, Set<String> verifiedSesAddresses) {
        return new IamGateway(upstream, roles, region, accountId, verifiedSesAddresses);
    }

    /** What the functions are given instead of the emulators' endpoints. */
    public EmulatorEndpoints endpoints() {
        return endpoints;
    }

    /** Every call refused since the last {@link #clear()}. */
    public List<AccessDenial> denials() {
        return List.copyOf(denials);
    }

    /** Calls made by functions and checked since the last {@link #clear()}. */
    public long checked() {
        return checked.get();
    }

    /** The calls the functions made, with what they cost, since the last {@link #clear()}. */
    public CallLedger ledger() {
        return ledger;
    }

    public void clear() {
        denials.clear();
        checked.set(0);
        ledger.clear();
    }

    private URI listen(ServiceAccess access, URI upstream) {
        Forwarder forwarder = new Forwarder(upstream, executor);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.setExecutor(executor);
            server.createContext("/", exchange -> handle(exchange, access, forwarder));
            server.start();
            servers.add(server);
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("IAM gateway for " + access.service() + " cannot listen", e);
        }
    }

    private void handle(HttpExchange exchange, ServiceAccess access, Forwarder forwarder) throws IOException {
        try (exchange) {
            ProxiedRequest request = ProxiedRequest.read(exchange);
            Optional<RolePolicy> role = caller(request);
            List<AccessRequest> needed = access.requests(request);
            if (role.isPresent()) {
                checked.incrementAndGet();
                for (AccessRequest one : needed) {
                    RolePolicy.Decision decision = role.get().decide(one);
                    if (decision != RolePolicy.Decision.ALLOW) {
                        refuse(exchange, access, role.get(), one, decision);
                        return;
                    }
                }
            }
            String operation = access.operation(request);
            byte[] metered = role.isPresent() && access instanceof DynamoDbAccess
                    ? DynamoDbCapacity.askFor(operation, request.body()) : null;
            HttpResponse<byte[]> response;
            try {
                response = forwarder.forward(metered == null ? request : new ProxiedRequest(request.method(),
                        request.rawPath(), request.rawQuery(), request.headers(), metered));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (role.isPresent() && response.statusCode() == 404 && access instanceof S3Access s3) {
                Optional<AccessRequest> listBucket = s3.listBucketForMissingKey(request);
                if (listBucket.isPresent()) {
                    RolePolicy.Decision decision = role.get().decide(listBucket.get());
                    if (decision != RolePolicy.Decision.ALLOW) {
                        refuse(exchange, access, role.get(), listBucket.get(), decision);
                        return;
                    }
                }
            }
            byte[] body = response.body();
            if (role.isPresent()) {
                double[] units = access instanceof DynamoDbAccess
                        ? DynamoDbCapacity.units(operation, request.body(), response.statusCode(), body) : new double[2];
                ledger.record(new CallLedger.Call(role.get().function(), access.service(), operation,
                        needed.stream().map(AccessRequest::resource).distinct().toList(), units[0], units[1]));
            }
            Forwarder.copyHeaders(exchange, response);
            if (metered != null) {
                body = DynamoDbCapacity.strip(body);
                exchange.getResponseHeaders().set("x-amz-crc32", DynamoDbCapacity.crc32(body));
            }
            Forwarder.send(exchange, response.statusCode(), body);
        }
    }

    private Optional<RolePolicy> caller(ProxiedRequest request) {
        String credential = request.header("Authorization").orElseGet(() -> request.query().get("X-Amz-Credential"));
        return FunctionCredentials.function(credential).map(function -> {
            RolePolicy role = roles.get(function);
            // A function the template does not declare has no role: nothing is allowed.
            return role != null ? role : new RolePolicy(function, function + "Role", List.of());
        });
    }

    private void refuse(HttpExchange exchange, ServiceAccess access, RolePolicy role, AccessRequest needed,
            RolePolicy.Decision decision) throws IOException {
        AccessDenial denial = new AccessDenial(role.function(), needed.action(), needed.resource());
        denials.add(denial);
        LOG.warn("AccessDenied: the function's role in template.yaml does not allow this call",
                "function", role.function(), "action", needed.action(), "resource", needed.resource());
        access.deny(exchange, "User: " + role.principalArn(accountId) + " is not authorized to perform: "
                + needed.action() + " on resource: " + needed.resource() + " " + decision.because(needed.action()));
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }
}
