package no.jobbstotte.statisticspublisher;

import no.jobbstotte.statisticspublisher.statistics.Ledger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The ledger as one object under {@code ledger/} in the statistics bucket: outside {@code stats/},
 * so the bucket policy does not make it public (it holds the counts behind hidden cells). The
 * bucket is versioned, so every night's ledger can be recovered; a ledger that is lost must be
 * restored from a version, never started afresh, or months would be locked a second time from
 * different counts.
 */
final class S3LedgerStore implements LedgerStore {

    static final String KEY = "ledger/v1/locked-months.json";

    private final S3Client s3;
    private final String bucket;

    S3LedgerStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Ledger read() {
        try {
            return Ledger.parse(s3.getObject(r -> r.bucket(bucket).key(KEY), ResponseTransformer.toBytes()).asByteArray());
        } catch (NoSuchKeyException e) {
            return Ledger.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Ledger.empty();
            }
            throw e;
        }
    }

    @Override
    public void write(Ledger ledger) {
        s3.putObject(r -> r.bucket(bucket).key(KEY).contentType("application/json"), RequestBody.fromBytes(ledger.toJson()));
    }
}
