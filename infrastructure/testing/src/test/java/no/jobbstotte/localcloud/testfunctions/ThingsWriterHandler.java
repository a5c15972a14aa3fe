package no.jobbstotte.localcloud.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes or deletes one item of the things table, as its event says ({@code {"op": "put"|"delete",
 * "pk": ...}}), with the client set-up every real function uses; its role allows put, not delete.
 */
public final class ThingsWriterHandler implements RequestHandler<Map<String, String>, String> {

    private final DynamoDbClient dynamoDb;
    private final String table;

    ThingsWriterHandler(Map<String, String> environment) {
        RuntimeConfig config = RuntimeConfig.of(environment);
        this.dynamoDb = ClientSupport.build(DynamoDbClient.builder(), config, "DYNAMODB");
        this.table = config.require("THINGS_TABLE");
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(event.get("pk")), "sk", AttributeValue.fromS("-"));
        switch (event.get("op")) {
            case "put" -> dynamoDb.putItem(r -> r.tableName(table).item(key));
            case "delete" -> dynamoDb.deleteItem(r -> r.tableName(table).key(key));
            default -> throw new IllegalArgumentException("op must be put or delete");
        }
        return "done";
    }
}
