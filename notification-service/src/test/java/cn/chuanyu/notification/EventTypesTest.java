package cn.chuanyu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.notification.webhook.EventTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Partners may subscribe to exactly the event types the contracts publish. */
class EventTypesTest {

    @Test
    void theSubscribableTypesAreTheContractsTypes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../event-contracts/src/main/resources/contracts/schemas"))) {
            assertThat(EventTypes.KNOWN)
                    .containsExactlyInAnyOrderElementsOf(
                            files.map(f -> f.getFileName().toString().replaceAll("\\.json$", ""))
                                    .toList());
        }
    }
}
