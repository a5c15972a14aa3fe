package no.jobbstotte.statisticspublisher;

import java.util.Map;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Writes a publication under {@code stats/v1/<date>/} (kept, cached for a year), its manifest
 * last, and then {@code stats/v1/latest/manifest.json} (cached for five minutes), which lists the
 * dated files. A run that fails part-way (S3 throttling, errors, a lost connection) throws and
 * leaves {@code latest} on the previous complete publication: each manifest is written only after
 * every file it lists, and there are no latest copies to be half replaced. An object whose stored
 * checksum already matches is not written again, so a re-run finishes the job and changes
 * nothing else.
 */
final class S3PublicationStore implements PublicationStore {

    static final String PREFIX = "stats/v1/";
    static final String LATEST = PREFIX + "latest/";
    static final String DATED_CACHE = "public, max-age=31536000, immutable";
    static final String LATEST_CACHE = "public, max-age=300";
    static final String CHECKSUM_METADATA = "sha256";

    private final S3Client s3;
    private final String bucket;

    S3PublicationStore(S3Client s3, String bucket) {
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
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
