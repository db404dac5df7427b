package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads ids only in the form the document's {@code format: uuid} promises (RFC 9562: 8-4-4-4-12 hexadecimal digits).
 * Jackson alone also reads 24 characters of base64 or 16 raw bytes as a UUID, so "AAAAAAAAAAAAAAAAAAAAAA==" would reach
 * the domain as an id.
 */
final class StrictUuids extends StdScalarDeserializer<UUID> {

    static final StrictUuids UUIDS = new StrictUuids();

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StrictUuids() {
        super(UUID.class);
    }

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (UUID) context.handleUnexpectedToken(handledType(), parser);
        }
        String text = parser.getText();
        if (!CANONICAL.matcher(text).matches()) {
            throw new JsonRefusal(parser, "uuid");
        }
        return UUID.fromString(text);
    }
}
