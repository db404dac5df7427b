package cn.chuanyu.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks events against their contract: the JSON Schema named after the CloudEvents type in the event-contracts module
 * ({@code contracts/schemas/<type>.json}).
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** The schema violations of the data for the type; empty when it conforms. */
    public static List<String> violations(String type, String data) {
        return schema(type).validate(data, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    /** Fails unless the event carries CloudEvents 1.0 binary-mode headers and data that conform to its schema. */
    public static void assertConforms(PublishedEvent event) {
        for (String header : List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type")) {
            if (event.header(header) == null) {
                throw new AssertionError("event lacks the CloudEvents header " + header + ": " + event);
            }
        }
        if (!"1.0".equals(event.header("ce_specversion"))) {
            throw new AssertionError("not a CloudEvents 1.0 event: " + event);
        }
        List<String> violations = violations(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new AssertionError(event.type() + " violates its schema: " + violations + "\n" + event.data());
        }
    }

    private static Schema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            String path = "contracts/schemas/" + t + ".json";
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new AssertionError(
                            "no schema for event type " + t + " (expected " + path + " in event-contracts)");
                }
                return REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
