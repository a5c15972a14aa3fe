package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;

/**
 * DynamoDB (AWS JSON 1.0, {@code X-Amz-Target: DynamoDB_20120810.<Operation>}): the action is the
 * operation on the table, or on {@code table/<name>/index/<index>} for a query or scan of an
 * index. Batch calls are authorised per table; transactions per item, as the item's own action.
 */
record DynamoDbAccess(Arns arns) implements ServiceAccess {

    private static final Map<String, String> TRANSACT_ITEM_ACTIONS = Map.of("Put", "dynamodb:PutItem",
            "Update", "dynamodb:UpdateItem", "Delete", "dynamodb:DeleteItem", "ConditionCheck",
            "dynamodb:ConditionCheckItem", "Get", "dynamodb:GetItem");

    @Override
    public String service() {
        return "dynamodb";
    }

    @Override
    public String operation(ProxiedRequest request) {
        return ServiceAccess.target(request);
    }

    @Override
    public List<AccessRequest> requests(ProxiedRequest request) {
        String operation = operation(request);
        JsonNode body = ServiceAccess.json(request).orElse(null);
        if (body == null) {
            return List.of(ServiceAccess.unknown(service(), "unreadable body"));
        }
        if (operation.isEmpty() || body.isMissingNode()) {
            return List.of(ServiceAccess.unknown(service(), "no operation"));
        }
        List<AccessRequest> out = new ArrayList<>();
        switch (operation) {
            case "BatchGetItem", "BatchWriteItem" -> body.path("RequestItems").fieldNames()
                    .forEachRemaining(table -> out.add(AccessRequest.of("dynamodb:" + operation, arns.table(table))));
            case "TransactWriteItems", "TransactGetItems" -> {
                for (JsonNode item : body.path("TransactItems")) {
                    item.fields().forEachRemaining(kind -> out.add(AccessRequest.of(
                            TRANSACT_ITEM_ACTIONS.getOrDefault(kind.getKey(), "dynamodb:Unknown" + kind.getKey()),
                            arns.table(kind.getValue().path("TableName").asText()))));
                }
            }
            default -> {
                String table = body.path("TableName").asText("");
                String index = body.path("IndexName").asText("");
                String resource = table.isEmpty() ? "*"
                        : arns.table(table) + (index.isEmpty() ? "" : "/index/" + index);
                out.add(AccessRequest.of("dynamodb:" + operation, resource));
            }
        }
        return out.isEmpty() ? List.of(ServiceAccess.unknown(service(), operation + " without tables")) : out;
    }

    @Override
    public void deny(HttpExchange exchange, String message) throws IOException {
        AwsErrors.json(exchange, 400, "application/x-amz-json-1.0", message, false);
    }
}
