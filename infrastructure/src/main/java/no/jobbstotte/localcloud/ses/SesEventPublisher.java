package no.jobbstotte.localcloud.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.provision.ProvisionedResources;
import no.jobbstotte.localcloud.proxy.Forwarder;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.log.Log;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SES's event publishing, in front of the SES emulator (which only stores mail): every message it
 * accepts yields, per recipient, the events the mailbox simulator defines ({@link MailboxSimulator}),
 * published to the queues the configuration set's destinations reach ({@link SesEventRoutes}) in
 * the SNS envelope, right after the send is answered. A send naming a configuration set the template
 * does not declare is refused as SES refuses it. It also counts sends, hard bounces and complaints
 * for the account's reputation metrics, which the bounce and complaint rate alarms watch (the
 * simulator's addresses excepted, as on SES).
 */
public final class SesEventPublisher implements AutoCloseable {

    private static final Log LOG = Log.get(SesEventPublisher.class);
    private static final String SEND = "POST /v2/email/outbound-emails";

    private final SesEventRoutes routes;
    private final SqsClient sqs;
    private final String region;
    private final String accountId;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Forwarder forwarder;
    private final HttpServer server;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong hardBounces = new AtomicLong();
    private final AtomicLong complaints = new AtomicLong();

    public SesEventPublisher(URI sesEmulator, SesEventRoutes routes, SqsClient sqs, String region, String accountId) {
        this.routes = routes;
        this.sqs = sqs;
        this.region = region;
        this.accountId = accountId;
        this.forwarder = new Forwarder(sesEmulator, executor);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("SES event publisher cannot listen", e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Publishes as the template routes, in the local cloud's region and account. */
    public static SesEventPublisher start(Template template, ProvisionedResources resources, Intrinsics intrinsics,
            URI sesEmulator, SqsClient sqs) {
        return new SesEventPublisher(sesEmulator, SesEventRoutes.read(template, resources, intrinsics), sqs,
                LocalCloud.REGION, LocalCloud.ACCOUNT_ID);
    }

    /** Where SES is called instead of the emulator. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Recipients of accepted messages outside the simulator, since the start or the last {@link #resetCounts()}. */
    public long sent() {
        return sent.get();
    }

    /** SES's Reputation.BounceRate: hard bounces per recipient sent to (0 before anything was sent). */
    public double bounceRate() {
        long total = sent.get();
        return total == 0 ? 0 : (double) hardBounces.get() / total;
    }

    /** SES's Reputation.ComplaintRate: complaints per recipient sent to. */
    public double complaintRate() {
        long total = sent.get();
        return total == 0 ? 0 : (double) complaints.get() / total;
    }

    public void resetCounts() {
        sent.set(0);
        hardBounces.set(0);
        complaints.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ProxiedRequest request = ProxiedRequest.read(exchange);
            boolean send = (request.method() + " " + request.path()).equals(SEND);
            JsonNode body = send ? readJson(request.bodyText()) : null;
            String configurationSet = body == null ? "" : body.path("ConfigurationSetName").asText("");
            if (!configurationSet.isEmpty() && !routes.knows(configurationSet)) {
                notFound(exchange, "Configuration set <" + configurationSet + "> does not exist.");
                return;
            }
            HttpResponse<byte[]> response;
            try {
                response = forwarder.forward(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            List<Notification> events = send && body != null && response.statusCode() == 200
                    ? events(body, configurationSet, readJson(new String(response.body(), StandardCharsets.UTF_8)))
                    : List.of();
            Forwarder.reply(exchange, response);
            // After the answer, as on SES, where events follow the send: the sender does not wait for them.
            events.forEach(event -> sqs.sendMessage(r -> r.queueUrl(event.queueUrl()).messageBody(event.body())));
        }
    }

    /** One message for one subscribed queue. */
    private record Notification(String queueUrl, String body) {}

    /** Counts the send for the reputation metrics and builds its events, per recipient and subscribed queue. */
    private List<Notification> events(JsonNode request, String configurationSet, JsonNode answer) {
        JsonNode destination = request.path("Destination");
        List<String> recipients = new ArrayList<>();
        for (String field : List.of("ToAddresses", "CcAddresses", "BccAddresses")) {
            destination.path(field).forEach(address -> recipients.add(address.asText()));
        }
        String source = request.path("FromEmailAddress").asText("");
        Instant now = Instant.now();
        List<Notification> notifications = new ArrayList<>();
        SesEventRecords.Mail mail = new SesEventRecords.Mail(answer == null ? UUID.randomUUID().toString()
                : answer.path("MessageId").asText(), now, source, "arn:aws:ses:" + region + ":" + accountId + ":identity/"
                + source.substring(source.lastIndexOf('@') + 1).replace(">", ""), accountId, recipients,
                request.path("Content").path("Simple").path("Subject").path("Data").asText(""), configurationSet);
        for (String recipient : recipients) {
            boolean counts = MailboxSimulator.counts(recipient);
            if (counts) {
                sent.incrementAndGet();
            }
            for (MailboxSimulator.Outcome outcome : MailboxSimulator.outcomes(recipient)) {
                if (counts && "Permanent".equals(outcome.bounceType())) {
                    hardBounces.incrementAndGet();
                } else if (counts && outcome.eventType().equals("Complaint")) {
                    complaints.incrementAndGet();
                }
                if (configurationSet.isEmpty()) {
                    continue;
                }
                String event = SesEventRecords.event(mail, recipient, outcome, Instant.now());
                for (SesEventRoutes.Target target : routes.targets(configurationSet, outcome.eventType())) {
                    notifications.add(new Notification(target.queueUrl(), target.rawMessageDelivery() ? event
                            : SesEventRecords.snsNotification(target.topicArn(), event, Instant.now())));
                }
            }
        }
        LOG.info("SES events published", "configurationSet", configurationSet, "recipients", recipients.size());
        return notifications;
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.parse(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void notFound(HttpExchange exchange, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-ErrorType", "NotFoundException");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        Forwarder.send(exchange, 404, Json.write(Json.newMapper().createObjectNode().put("message", message))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
