package no.jobbstotte.followupactions;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.placements.DynamoDbPlacements;
import no.jobbstotte.shared.table.placements.FollowUpLookup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module
final class FollowUpActionsModule {
    private FollowUpActionsModule() {}

    /** FollowUpActionSigningSecret, read on the first link checked, never at init. */
    @Provides
    @Singleton
    static ActionLinkSigner signer(SecretsManagerClient secretsManager, RuntimeConfig config) {
        return new ActionLinkSigner(new ManagedSecret(secretsManager, config.require("ACTION_LINK_SECRET_ARN")));
    }

    @Provides
    @Singleton
    static FollowUpLookup placements(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbPlacements(dynamoDb, config.require("PLACEMENTS_TABLE"));
    }

    @Provides
    @Singleton
    static PlacementEventQueue queue(SqsClient sqs, RuntimeConfig config) {
        return new PlacementEventQueue(sqs, config.require("PLACEMENT_EVENTS_QUEUE_URL"));
    }

    @Provides
    @Singleton
    static HttpResponses responses() {
        return new HttpResponses();
    }
}
