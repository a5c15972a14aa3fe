package no.jobbstotte.shared.table.coordinators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The CoordinatorsTable owner against the table template.yaml declares. */
class DynamoDbCoordinatorsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private DynamoDbCoordinators coordinators;

    @BeforeEach
    void setUp() {
        coordinators = new DynamoDbCoordinators(cloud().dynamoDb(), table());
    }

    @Test
    void save_thenFind_returnsTheCoordinator_andASecondSaveReplacesIt() {
        coordinators.save(new Coordinator("4601", "Berit Koordinator", "berit@bergen.kommune.no"));

        assertThat(coordinators.find("4601")).contains(new Coordinator("4601", "Berit Koordinator", "berit@bergen.kommune.no"));

        coordinators.save(new Coordinator("4601", "Per Koordinator", "per@bergen.kommune.no"));
        assertThat(coordinators.find("4601")).contains(new Coordinator("4601", "Per Koordinator", "per@bergen.kommune.no"));
        assertThat(coordinators.find("0301")).as("another municipality has none").isEmpty();
    }

    @Test
    void find_itemWithoutAddress_isNoCoordinator_andAMissingNameIsEmpty() {
        put(Map.of("municipalityNumber", AttributeValue.fromS("5001"), "name", AttributeValue.fromS("Uten adresse")));
        put(Map.of("municipalityNumber", AttributeValue.fromS("1103"), "email", AttributeValue.fromS("k@stavanger.kommune.no")));

        assertThat(coordinators.find("5001")).isEmpty();
        assertThat(coordinators.find("1103")).contains(new Coordinator("1103", "", "k@stavanger.kommune.no"));
    }

    private static void put(Map<String, AttributeValue> item) {
        cloud().dynamoDb().putItem(r -> r.tableName(table()).item(item));
    }

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    private static String table() {
        return cloud().tableName("CoordinatorsTable");
    }
}
