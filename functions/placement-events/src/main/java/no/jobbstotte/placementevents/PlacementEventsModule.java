package no.jobbstotte.placementevents;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.store.DirectoryRepository;
import no.jobbstotte.shared.followup.store.DynamoDirectoryRepository;
import no.jobbstotte.shared.followup.store.DynamoPlacementRepository;
import no.jobbstotte.shared.followup.store.PlacementRepository;
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
        return new DynamoPlacementRepository(dynamoDb, config.require("PLACEMENTS_TABLE"), reducer);
    }

    @Provides
    @Singleton
    static DirectoryRepository directory(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDirectoryRepository(dynamoDb, config.require("DIRECTORY_TABLE"));
    }
}
