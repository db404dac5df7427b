package cn.chuanyu.training;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Event conformance for this branch. Types whose schema is in the installed event-contracts jar are checked by
 * {@link EventSchemas}; types added on this branch and not yet installed (trainee and exam events) are checked against
 * the branch's own event-contracts source file, with the same headers check. Once the lead installs the contracts,
 * every type takes the first path.
 */
public final class Contracts {

    private static final Path BRANCH_SCHEMAS = Path.of("../event-contracts/src/main/resources/contracts/schemas");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Contracts() {}

    public static void assertConforms(PublishedEvent event) {
        if (installed(event.type())) {
            EventSchemas.assertConforms(event);
            return;
        }
        for (String header : List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type")) {
            if (event.header(header) == null) {
                throw new AssertionError("event lacks the CloudEvents header " + header + ": " + event);
            }
        }
        Path file = BRANCH_SCHEMAS.resolve(event.type() + ".json");
        if (!Files.exists(file)) {
            throw new AssertionError(
                    "no schema for event type " + event.type() + " (installed or in " + BRANCH_SCHEMAS + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<String> violations =
                    REGISTRY.getSchema(in, InputFormat.JSON).validate(event.data(), InputFormat.JSON).stream()
                            .map(Error::toString)
                            .toList();
            if (!violations.isEmpty()) {
                throw new AssertionError(event.type() + " violates its schema: " + violations + "\n" + event.data());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean installed(String type) {
        return EventSchemas.class.getClassLoader().getResource("contracts/schemas/" + type + ".json") != null;
    }
}
