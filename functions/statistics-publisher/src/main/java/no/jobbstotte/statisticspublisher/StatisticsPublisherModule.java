package no.jobbstotte.statisticspublisher;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.agreements.DynamoDbAgreementTerms;
import no.jobbstotte.shared.table.placements.DynamoDbPlacements;
import no.jobbstotte.shared.table.volunteercounts.DynamoDbVolunteerCounts;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

@Module
final class StatisticsPublisherModule {
    private StatisticsPublisherModule() {}

    @Provides
    @Singleton
    static StatisticsSource source(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new TableStatisticsSource(new DynamoDbPlacements(dynamoDb, config.require("PLACEMENTS_TABLE")),
                new DynamoDbAgreementTerms(dynamoDb, config.require("AGREEMENTS_TABLE")),
                new DynamoDbVolunteerCounts(dynamoDb, config.require("VOLUNTEER_COUNTS_TABLE")));
    }

    @Provides
    @Singleton
    static S3StatisticsBucket bucket(S3Client s3, RuntimeConfig config) {
        return new S3StatisticsBucket(s3, config.require("STATISTICS_BUCKET"));
    }

    @Provides
    static PublicationStore store(S3StatisticsBucket bucket) {
        return bucket;
    }

    @Provides
    static LedgerStore ledger(S3StatisticsBucket bucket) {
        return bucket;
    }

    @Provides
    @Singleton
    static Geography geography() {
        return Geography.of(Municipalities.bundled());
    }
}
