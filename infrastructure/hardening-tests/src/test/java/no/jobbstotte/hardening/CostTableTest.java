package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import no.jobbstotte.localcloud.RepoRoot;
import org.junit.jupiter.api.Test;

/** The cost table prices every function at the memory template.yaml gives it. */
class CostTableTest {

    @Test
    void readsEachFunctionsMemoryAndTheSqsEventSourcesFromTheTemplate() throws IOException {
        List<String> template = Files.readAllLines(RepoRoot.find().resolve("template.yaml"), StandardCharsets.UTF_8);

        assertThat(CostTable.memoryMb(template))
                .containsEntry("StatisticsPublisherFunction", 1769)
                .containsEntry("ReminderSenderFunction", 1024)
                .doesNotContainKey("PlacementsTable")
                .allSatisfy((function, mb) -> assertThat(function).endsWith("Function"));
        assertThat(CostTable.sqsEventSources(template)).isEqualTo(
                (int) template.stream().filter(line -> line.contains("Type: SQS")).count()).isPositive();
    }

    @Test
    void pricesEveryLineTheQuantitiesName() {
        assertThat(CostTable.PRICES.keySet()).contains("Lambda requests", "Lambda compute (arm64)", "DynamoDB reads",
                "DynamoDB writes", "SQS requests", "SES messages", "S3 PUT", "S3 GET/HEAD", "API Gateway HTTP API");
    }
}
