package no.jobbstotte.shared.aws;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;

@Module
public final class S3Module {
    private S3Module() {}

    @Provides
    @Singleton
    static S3Client s3(RuntimeConfig config) {
        // Path-style works on AWS and on every emulator; checksums only where S3 requires them,
        // since emulators reject the newer trailing-checksum uploads.
        return ClientSupport.build(
                S3Client.builder()
                        .forcePathStyle(true)
                        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED),
                config,
                "S3");
    }
}
