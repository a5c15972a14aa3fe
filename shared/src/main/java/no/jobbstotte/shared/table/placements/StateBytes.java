package no.jobbstotte.shared.table.placements;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code state} attribute as stored: the JSON of the applied events, gzip-compressed into a
 * binary attribute. DynamoDB bills a write per started KB of the whole item and the events repeat
 * the same ids, types and dates, so compressed a placement's window of events costs a few write
 * units instead of dozens (issue #16). A state written as text before this still reads.
 */
final class StateBytes {

    private StateBytes() {}

    static AttributeValue attribute(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes.toByteArray()));
    }

    /** The JSON, from a compressed binary attribute or from the text of an item written before. */
    static String json(AttributeValue value) {
        if (value.b() == null) {
            return value.s();
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(value.b().asByteArray()))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("state is not gzip-compressed JSON", e);
        }
    }
}
