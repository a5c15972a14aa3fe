package no.jobbstotte.statisticspublisher;

import java.util.Map;
import no.jobbstotte.statisticspublisher.statistics.Ledger;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.PublicationFeed;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The statistics bucket: the public publications under {@code stats/} and the private ledger
 * under {@code ledger/}.
 *
 * <p>A publication goes under {@code stats/v1/<date>/} (kept, cached for a year), its manifest
 * last, and then {@code stats/v1/latest/manifest.json} (cached for five minutes), which lists the
 * dated files. A run that fails part-way (S3 throttling, errors, a lost connection) throws and
 * leaves {@code latest} on the previous complete publication: each manifest is written only after
 * every file it lists, and there are no latest copies to be half replaced. An object whose stored
 * checksum already matches is not written again, so a re-run finishes the job and changes
 * nothing else.
 *
 * <p>Beside it, {@code stats/v1/latest/feed.atom} (cached for five minutes): the Atom feed of
 * publications, replaced after latest's manifest, and only on a night that published new months.
 *
 * <p>The ledger is one object, {@code ledger/v1/locked-months.json}: outside {@code stats/}, so the
 * bucket policy does not make it public (it holds the counts behind hidden cells). The bucket is
 * versioned, so every night's ledger can be recovered; a ledger that is lost must be restored from
 * a version, never started afresh, or months would be locked a second time from different counts.
 */
final class S3StatisticsBucket implements PublicationStore, LedgerStore {

    static final String PREFIX = "stats/v1/";
    static final String LATEST = PREFIX + "latest/";
    static final String DATED_CACHE = "public, max-age=31536000, immutable";
    static final String LATEST_CACHE = "public, max-age=300";
    static final String CHECKSUM_METADATA = "sha256";
    static final String LEDGER = "ledger/v1/locked-months.json";

    private final S3Client s3;
    private final String bucket;

    S3StatisticsBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public int store(Publication publication) {
        int written = 0;
        for (Publication.File file : publication.files()) {
            written += put(PREFIX + publication.date() + "/" + file.name(), file, DATED_CACHE);
        }
        return written + put(LATEST + Publication.MANIFEST, publication.latestManifest(), LATEST_CACHE);
    }

    @Override
    public PublicationFeed feed() {
        try {
            return PublicationFeed.parse(s3.getObject(r -> r.bucket(bucket).key(LATEST + PublicationFeed.FILE),
                    ResponseTransformer.toBytes()).asByteArray());
        } catch (S3Exception e) {
            return absent(e, PublicationFeed.empty());
        }
    }

    @Override
    public void store(PublicationFeed feed) {
        s3.putObject(r -> r.bucket(bucket).key(LATEST + PublicationFeed.FILE).contentType(PublicationFeed.CONTENT_TYPE)
                .cacheControl(LATEST_CACHE), RequestBody.fromBytes(feed.toXml()));
    }

    private int put(String key, Publication.File file, String cacheControl) {
        String checksum = file.sha256();
        if (checksum.equals(storedChecksum(key))) {
            return 0;
        }
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(file.contentType()).cacheControl(cacheControl)
                        .metadata(Map.of(CHECKSUM_METADATA, checksum)),
                RequestBody.fromBytes(file.bytes()));
        return 1;
    }

    /** One HEAD of a key no publication uses (there is no date "snapstart-prime"): a miss, nothing written. */
    @Override
    public void prime() {
        storedChecksum(PREFIX + "snapstart-prime/absent.json");
    }

    private String storedChecksum(String key) {
        try {
            return s3.headObject(r -> r.bucket(bucket).key(key)).metadata().get(CHECKSUM_METADATA);
        } catch (S3Exception e) {
            return absent(e, null);
        }
    }

    @Override
    public Ledger read() {
        try {
            return Ledger.parse(s3.getObject(r -> r.bucket(bucket).key(LEDGER), ResponseTransformer.toBytes()).asByteArray());
        } catch (S3Exception e) {
            return absent(e, Ledger.empty());
        }
    }

    @Override
    public void write(Ledger ledger) {
        s3.putObject(r -> r.bucket(bucket).key(LEDGER).contentType(Publication.JSON_STAT_TYPE), RequestBody.fromBytes(ledger.toJson()));
    }

    /** What a missing key stands for; any other failure is thrown. */
    private static <T> T absent(S3Exception e, T missing) {
        if (e instanceof NoSuchKeyException || e.statusCode() == 404) {
            return missing;
        }
        throw e;
    }
}
