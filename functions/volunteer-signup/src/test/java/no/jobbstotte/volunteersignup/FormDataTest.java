package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormDataTest {

    @Test
    void decode_plusPercentAndUtf8_decodedAsBrowsersEncode() {
        Map<String, List<String>> fields = FormData.decode("name=%C3%85se+Bj%C3%B8rk&email=a%40b.no&empty=&flag");
        assertThat(fields).containsEntry("name", List.of("Åse Bjørk")).containsEntry("email", List.of("a@b.no"))
                .containsEntry("empty", List.of("")).containsEntry("flag", List.of(""));
    }

    @Test
    void decode_repeatedName_keepsEveryValueInOrder() {
        assertThat(FormData.decode("interests=trips&interests=sports")).containsEntry("interests", List.of("trips", "sports"));
    }

    @Test
    void decode_brokenPercentEscape_isMalformed() {
        assertThatThrownBy(() -> FormData.decode("name=%E")).isInstanceOf(FormData.MalformedFormException.class);
        assertThatThrownBy(() -> FormData.decode("name=%zz")).isInstanceOf(FormData.MalformedFormException.class);
    }

    @Test
    void decode_tooManyFields_isMalformed() {
        assertThatThrownBy(() -> FormData.decode("a=1&".repeat(FormData.MAX_FIELDS + 1)))
                .isInstanceOf(FormData.MalformedFormException.class);
    }

    @Test
    void toJson_listFieldsAlwaysArrays_repeatedSingleFieldBecomesArray() {
        ObjectNode json = FormData.toJson(FormData.decode("interests=trips&name=A&name=B&availability="),
                Set.of("interests", "availability"));
        assertThat(json.get("interests").isArray()).isTrue();
        assertThat(json.get("availability")).isEmpty();
        assertThat(json.get("name").isArray()).isTrue();
    }

    @Test
    void decode_seededRandomBodies_eitherDecodeOrFailAsMalformed() {
        Random random = new Random(7L);
        String alphabet = "ab=&%+2FE9C3x ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                FormData.decode(body.toString());
            } catch (FormData.MalformedFormException expected) {
                // the only failure allowed
            }
        }
    }
}
