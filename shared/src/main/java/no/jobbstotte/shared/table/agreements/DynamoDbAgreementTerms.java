package no.jobbstotte.shared.table.agreements;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link AgreementTerms} as a paginated scan of the current versions ({@code sk}
 * {@code AGREEMENT#...}) that fetches only the four attributes the terms need.
 */
public final class DynamoDbAgreementTerms implements AgreementTerms {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbAgreementTerms(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public long forEachCurrent(Consumer<AgreementTerm> terms) {
        long[] malformed = new long[1];
        dynamoDb.scanPaginator(r -> r.tableName(tableName)
                        .filterExpression("begins_with(#sk, :prefix)")
                        .projectionExpression("#m, #s, #f, #t")
                        .expressionAttributeNames(Map.of("#sk", "sk", "#m", "municipalityNumber", "#s", "status",
                                "#f", "validFrom", "#t", "validTo"))
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(AgreementItem.AGREEMENT))))
                .items().forEach(item -> {
                    AgreementTerm term;
                    try {
                        term = AgreementItem.term(item);
                    } catch (DateTimeParseException e) {
                        malformed[0]++;
                        return;
                    }
                    terms.accept(term);
                });
        return malformed[0];
    }
}
