package no.jobbstotte.localcloud.testing;

import java.util.List;
import java.util.function.Predicate;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;

/**
 * One {@link FaultProxy} in front of each emulator the functions call on the request path
 * (DynamoDB, SQS, SES v2); S3 is left direct. {@link #endpoints()} is what the functions are given.
 */
public final class FaultProxies implements AutoCloseable {

    /** SES v2 SendEmail is REST: {@code POST /v2/email/outbound-emails}. */
    public static final Predicate<FaultProxy.Request> SES_SEND_EMAIL =
            FaultProxy.path("POST", "/v2/email/outbound-emails");

    private final FaultProxy dynamoDb;
    private final FaultProxy sqs;
    private final FaultProxy ses;
    private final EmulatorEndpoints endpoints;

    private FaultProxies(EmulatorEndpoints direct) {
        this.dynamoDb = FaultProxy.start("dynamodb", direct.dynamoDb());
        this.sqs = FaultProxy.start("sqs", direct.sqs());
        this.ses = FaultProxy.start("ses", direct.ses());
        this.endpoints = new EmulatorEndpoints(sqs.endpoint(), dynamoDb.endpoint(), direct.s3(), ses.endpoint());
    }

    public static FaultProxies start(EmulatorEndpoints direct) {
        return new FaultProxies(direct);
    }

    public FaultProxy dynamoDb() {
        return dynamoDb;
    }

    public FaultProxy sqs() {
        return sqs;
    }

    public FaultProxy ses() {
        return ses;
    }

    /** The functions' endpoints: through the proxies. */
    public EmulatorEndpoints endpoints() {
        return endpoints;
    }

    public List<FaultProxy> all() {
        return List.of(dynamoDb, sqs, ses);
    }

    public long injected() {
        return all().stream().mapToLong(FaultProxy::injected).sum();
    }

    /** Disarms every fault and brings every proxy back up. */
    public void reset() {
        all().forEach(FaultProxy::reset);
    }

    @Override
    public void close() {
        all().forEach(FaultProxy::close);
    }
}
