package no.jobbstotte.placementevents;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.table.directory.DirectoryRepository;
import no.jobbstotte.shared.table.directory.DynamoDbDirectoryRepository;
import no.jobbstotte.shared.table.placements.DynamoDbPlacementRepository;
import no.jobbstotte.shared.table.placements.PlacementRepository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@Module
final class PlacementEventsModule {
    private PlacementEventsModule() {}

    @Provides
    @Singleton
    static PlacementReducer reducer() {
        return new PlacementReducer(FollowUpPlan.defaults());
    }

    @Provides
    @Singleton
    static PlacementRepository placements(DynamoDbClient dynamoDb, RuntimeConfig config, PlacementReducer reducer) {
        return new DynamoDbPlacementRepository(dynamoDb, config.require("PLACEMENTS_TABLE"), reducer);
    }

    @Provides
    @Singleton
    static DirectoryRepository directory(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbDirectoryRepository(dynamoDb, config.require("DIRECTORY_TABLE"));
    }
}
