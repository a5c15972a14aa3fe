package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StateBytesTest {

    private static final String JSON = "{\"v\":1,\"events\":[" + "{\"type\":\"follow_up_done\",\"eventId\":\"e\"},".repeat(200)
            + "{}]}";

    @Test
    void storedCompressed_readsBackTheSameJson_inAFractionOfItsSize() {
        AttributeValue stored = StateBytes.attribute(JSON);

        assertThat(stored.s()).isNull();
        assertThat(stored.b().asByteArray().length).isLessThan(JSON.length() / 10);
        assertThat(StateBytes.json(stored)).isEqualTo(JSON);
    }

    @Test
    void sameJson_sameBytes_soAnUnchangedStateIsAnUnchangedItem() {
        assertThat(StateBytes.attribute(JSON)).isEqualTo(StateBytes.attribute(JSON));
    }

    @Test
    void aStateWrittenAsTextBefore_stillReads() {
        assertThat(StateBytes.json(AttributeValue.fromS("{\"v\":1,\"events\":[]}"))).isEqualTo("{\"v\":1,\"events\":[]}");
    }

    @Test
    void bytesThatAreNotGzip_failClearly() {
        assertThatThrownBy(() -> StateBytes.json(AttributeValue.fromB(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("not gzip");
    }
}
