package no.jobbstotte.shared.table.volunteercounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The VolunteerCountsTable owner against the table template.yaml declares. */
class DynamoDbVolunteerCountsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    static final YearMonth JANUARY = YearMonth.of(2026, 1);

    private DynamoDbVolunteerCounts table;

    @BeforeEach
    void setUp() {
        table = new DynamoDbVolunteerCounts(CLOUD.cloud().dynamoDb(), tableName());
    }

    @Test
    void countOnce_retriedWithTheSameId_countsOnce_evenIfTheRetryDisagrees() {
        assertThat(table.countOnce("count-1", "0301", JANUARY)).isTrue();

        assertThat(table.countOnce("count-1", "0301", JANUARY)).as("a retry after a lost answer").isFalse();
        assertThat(table.countOnce("count-1", "4601", JANUARY.plusMonths(1))).as("the first write stands").isFalse();

        assertThat(counts()).containsExactly(new MonthlyCount("0301", JANUARY, 1));
    }

    @Test
    void countOnce_storesTheIdMunicipalityAndMonth_andNothingElse() {
        table.countOnce("count-1", "0301", JANUARY);

        assertThat(allItems()).singleElement().isEqualTo(Map.of("countId", AttributeValue.fromS("count-1"),
                "municipalityNumber", AttributeValue.fromS("0301"), "month", AttributeValue.fromS("2026-01")));
    }

    @Test
    void readMonthlyCounts_sumsTheConfirmationsPerMunicipalityAndMonth() {
        for (int i = 0; i < 12; i++) {
            table.countOnce("oslo-" + i, "0301", JANUARY);
        }
        table.countOnce("oslo-late", "0301", JANUARY.plusMonths(1));
        table.countOnce("bergen", "4601", JANUARY);

        assertThat(counts()).containsExactlyInAnyOrder(new MonthlyCount("0301", JANUARY, 12),
                new MonthlyCount("0301", JANUARY.plusMonths(1), 1), new MonthlyCount("4601", JANUARY, 1));
    }

    @Test
    void readMonthlyCounts_skipsAndCountsTheMalformed() {
        table.countOnce("good", "0301", JANUARY);
        put(Map.of("countId", s("no-month"), "municipalityNumber", s("0301")));
        put(Map.of("countId", s("no-municipality"), "month", s("2026-01")));
        put(Map.of("countId", s("bad-month"), "municipalityNumber", s("0301"), "month", s("2026-13")));
        put(Map.of("countId", s("number-month"), "municipalityNumber", s("0301"), "month", AttributeValue.fromN("202601")));
        List<MonthlyCount> counts = new ArrayList<>();

        long malformed = table.readMonthlyCounts(counts::add);

        assertThat(counts).containsExactly(new MonthlyCount("0301", JANUARY, 1));
        assertThat(malformed).isEqualTo(4);
    }

    @Test
    void readMonthlyCounts_emptyTable_nothingAndNoneMalformed() {
        List<MonthlyCount> counts = new ArrayList<>();

        assertThat(table.readMonthlyCounts(counts::add)).isZero();
        assertThat(counts).isEmpty();
    }

    private List<MonthlyCount> counts() {
        List<MonthlyCount> counts = new ArrayList<>();
        assertThat(table.readMonthlyCounts(counts::add)).as("malformed").isZero();
        return counts;
    }

    private static String tableName() {
        return CLOUD.cloud().tableName("VolunteerCountsTable");
    }

    private static List<Map<String, AttributeValue>> allItems() {
        return CLOUD.cloud().dynamoDb().scan(r -> r.tableName(tableName()).consistentRead(true)).items();
    }

    private static void put(Map<String, AttributeValue> item) {
        CLOUD.cloud().dynamoDb().putItem(r -> r.tableName(tableName()).item(item));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
