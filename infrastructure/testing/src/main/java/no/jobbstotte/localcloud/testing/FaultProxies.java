package no.jobbstotte.localcloud.testing;

import java.util.List;
import java.util.function.Predicate;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;

/**
 * One {@link FaultProxy} in front of each emulator the functions call (DynamoDB, SQS, S3, SES v2;
 * Secrets Manager, read once per container, is called directly). {@link #endpoints()} is what the
 * functions are given.
 */
public final class FaultProxies implements AutoCloseable {

    /** SES v2 SendEmail is REST: {@code POST /v2/email/outbound-emails}. */
    public static final Predicate<FaultProxy.Request> SES_SEND_EMAIL =
            FaultProxy.path("POST", "/v2/email/outbound-emails");

    /** S3 PutObject (path style: {@code PUT /<bucket>/<key>}) of a key containing {@code keyPart}. */
    public static Predicate<FaultProxy.Request> s3Put(String keyPart) {
        return r -> r.method().equals("PUT") && r.path().contains(keyPart);
    }

    private final FaultProxy dynamoDb;
    private final FaultProxy sqs;
    private final FaultProxy s3;
    private final FaultProxy ses;
    private final EmulatorEndpoints endpoints;

    private FaultProxies(EmulatorEndpoints direct) {
        this.dynamoDb = FaultProxy.start("dynamodb", direct.dynamoDb());
        this.sqs = FaultProxy.start("sqs", direct.sqs());
        this.s3 = FaultProxy.start("s3", direct.s3(), ErrorFormat.XML);
        this.ses = FaultProxy.start("ses", direct.ses());
        this.endpoints = new EmulatorEndpoints(sqs.endpoint(), dynamoDb.endpoint(), s3.endpoint(), ses.endpoint(),
                direct.secretsManager());
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

    public FaultProxy s3() {
        return s3;
    }

    public FaultProxy ses() {
        return ses;
    }

    /** The functions' endpoints: through the proxies. */
    public EmulatorEndpoints endpoints() {
        return endpoints;
    }

    public List<FaultProxy> all() {
        return List.of(dynamoDb, sqs, s3, ses);
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
