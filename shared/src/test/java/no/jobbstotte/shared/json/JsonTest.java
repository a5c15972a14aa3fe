package no.jobbstotte.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming reader and writer must give exactly what the data-binding mapper they replace gave. */
class JsonTest {

    private static final ObjectMapper MAPPER = Json.newMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"items\":[{\"agreementId\":\"a-1\",\"version\":1,\"adaptedPositions\":0}],\"next\":null}",
            "[1,-2,2147483648,-9223372036854775809,123456789012345678901234567890,2.5,-0.0,1e3,true,false,null]",
            "{\"text\":\"æøå \\\"quoted\\\" \\\\ \\n \\u0001 \\ud83d\\ude00\",\"empty\":\"\",\"nested\":{\"a\":{\"b\":[[]]}}}",
            "\"just a string\"",
            "42",
            "{}"
    })
    void parse_andWrite_matchTheDataBindingMapper(String json) throws Exception {
        JsonNode parsed = Json.parse(json);

        assertThat(parsed).isEqualTo(MAPPER.readTree(json));
        assertThat(Json.parse(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(parsed);
        assertThat(Json.write(parsed)).isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(json)));
    }

    @Test
    void parse_emptyText_isMissingLikeTheMapper() throws Exception {
        assertThat(Json.parse("").isMissingNode()).isTrue();
        assertThat(Json.parse("  ").isMissingNode()).isTrue();
        assertThat(Json.parse(new byte[0]).isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":1,\"a\":2}",
            "{\"a\":1} {\"b\":2}",
            "{\"a\":1}]",
            "{\"a\":",
            "{'a':1}",
            "[1,]",
            "nope"
    })
    void parse_malformedDuplicatedOrTrailing_isRefused(String json) {
        assertThatThrownBy(() -> Json.parse(json)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> MAPPER.readTree(json)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void parse_nestingBeyond64_isRefusedBeforeItCanExhaustTheStack() throws Exception {
        assertThat(Json.parse("[".repeat(64) + "]".repeat(64)).isArray()).isTrue();
        assertThatThrownBy(() -> Json.parse("[".repeat(65) + "]".repeat(65))).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void parse_overlongNumber_isRefused() {
        assertThatThrownBy(() -> Json.parse("1" + "0".repeat(70))).isInstanceOf(JsonProcessingException.class);
    }
}
