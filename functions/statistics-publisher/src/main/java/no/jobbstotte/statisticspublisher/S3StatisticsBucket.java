package no.jobbstotte.statisticspublisher;

import java.util.Arrays;
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
 * every file it lists, and there are no latest copies to be half replaced.
 *
 * <p>What is there already is read from latest's manifest, one GET, not asked of each file: it
 * lists every file of the night it names with its checksum, and it is written only after all of
 * them. So a re-run of a night that reached latest writes only what differs (nothing, from the
 * same ledger). A run after one that failed before latest moved writes the night's dated files
 * again: the same bytes to the same keys, a new version of each (the failure is rare; a HEAD per
 * file on every night to spare it cost more calls than it saved).
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
    static final String LEDGER = "ledger/v1/locked-months.json";

    private final S3Client s3;
    private final String bucket;

    S3StatisticsBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public int store(Publication publication) {
        byte[] previous = bytes(LATEST + Publication.MANIFEST);
        Publication.File latest = publication.latestManifest();
        if (Arrays.equals(previous, latest.bytes())) {
            return 0;
        }
        // Paths as latest lists them ("../<date>/<name>"): only files of tonight's folder can match.
        Map<String, String> stored = previous == null ? Map.of() : Publication.listedChecksums(previous);
        int written = 0;
        for (Publication.File file : publication.files()) {
            String listed = "../" + publication.date() + "/" + file.name();
            if (!file.sha256().equals(stored.get(listed))) {
                put(PREFIX + publication.date() + "/" + file.name(), file, DATED_CACHE);
                written++;
            }
        }
        put(LATEST + Publication.MANIFEST, latest, LATEST_CACHE);
        return written + 1;
    }

    @Override
    public PublicationFeed feed() {
        byte[] feed = bytes(LATEST + PublicationFeed.FILE);
        return feed == null ? PublicationFeed.empty() : PublicationFeed.parse(feed);
    }

    @Override
    public void store(PublicationFeed feed) {
        s3.putObject(r -> r.bucket(bucket).key(LATEST + PublicationFeed.FILE).contentType(PublicationFeed.CONTENT_TYPE)
                .cacheControl(LATEST_CACHE), RequestBody.fromBytes(feed.toXml()));
    }

    private void put(String key, Publication.File file, String cacheControl) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(file.contentType()).cacheControl(cacheControl),
                RequestBody.fromBytes(file.bytes()));
    }

    /** One GET of a key no publication uses (there is no date "snapstart-prime"): a miss, nothing written. */
    @Override
    public void prime() {
        bytes(PREFIX + "snapstart-prime/" + Publication.MANIFEST);
    }

    @Override
    public Ledger read() {
        byte[] ledger = bytes(LEDGER);
        return ledger == null ? Ledger.empty() : Ledger.parse(ledger);
    }

    @Override
    public void write(Ledger ledger) {
        s3.putObject(r -> r.bucket(bucket).key(LEDGER).contentType(Publication.JSON_STAT_TYPE), RequestBody.fromBytes(ledger.toJson()));
    }

    /**
     * The object's bytes, or null when there is none (S3 answers 404 only because the role may list
     * the bucket; else 403); any other failure is thrown.
     */
    private byte[] bytes(String key) {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key), ResponseTransformer.toBytes()).asByteArray();
        } catch (S3Exception e) {
            if (e instanceof NoSuchKeyException || e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
