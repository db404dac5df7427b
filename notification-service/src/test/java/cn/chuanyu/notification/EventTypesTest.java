package cn.chuanyu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.notification.webhook.EventTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Partners may subscribe to exactly the event types the contracts publish on the topics partners may be granted: never
 * to those of an internal topic (they name people).
 */
class EventTypesTest {

    private static final Path CONTRACTS = Path.of("../event-contracts/src/main/resources/contracts");

    @Test
    void theSubscribableTypesAreTheContractTopicsTypes() throws IOException {
        Set<String> internal = Files.readAllLines(CONTRACTS.resolve("topics.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .filter(columns -> columns[2].equals("internal"))
                .map(columns -> columns[0])
                .collect(Collectors.toSet());
        assertThat(internal).as("the internal topics").isNotEmpty();
        List<String> partnerTypes = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("schemas"))) {
            for (Path file : files.toList()) {
                String description =
                        json.readTree(file.toFile()).path("description").asText();
                if (internal.stream().noneMatch(topic -> description.endsWith("Topic: " + topic + "."))) {
                    partnerTypes.add(file.getFileName().toString().replaceAll("\\.json$", ""));
                }
            }
        }
        assertThat(EventTypes.KNOWN).containsExactlyInAnyOrderElementsOf(partnerTypes);
        assertThat(EventTypes.KNOWN).doesNotContain("cn.chuanyu.alliance.secondment.proposed.v1");
    }
}
