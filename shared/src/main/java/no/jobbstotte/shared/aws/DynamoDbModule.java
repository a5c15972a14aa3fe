package no.jobbstotte.shared.aws;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@Module
public final class DynamoDbModule {
    private DynamoDbModule() {}

    @Provides
    @Singleton
    static DynamoDbClient dynamoDb(RuntimeConfig config) {
        return ClientSupport.build(DynamoDbClient.builder(), config, "DYNAMODB");
    }
}
