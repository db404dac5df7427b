package cn.chuanyu.eventing.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The channel rules at work in the test application, whose channel is written as a service now writes its own. */
@QuarkusTest
class InboxChannelCheckTest {

    private static final String NOTES = "mp.messaging.incoming.notes.";

    @Test
    void theReducedChannelOfTheTestApplicationIsCheckedAndGetsTheLibrarysDefaults() {
        Config config = ConfigProvider.getConfig();

        assertThat(config.getValue(NOTES + "connector", String.class))
                .as("a channel without a connector is attached to Kafka, and checked as such")
                .isEqualTo(InboxChannelRules.KAFKA);
        assertThat(config.getOptionalValue(NOTES + "cloud-events", String.class))
                .as("the channel does not state it")
                .isEmpty();
        assertThat(config.getValue("mp.messaging.connector.smallrye-kafka.cloud-events", Boolean.class))
                .as("the library's default")
                .isFalse();
        assertThat(InboxChannelRules.faults(config)).isEmpty();
    }

    @Test
    void theCheckRunsAtStartUp() {
        assertThat(Arc.container().beanManager().resolveObserverMethods(new StartupEvent()))
                .anySatisfy(observer -> assertThat(observer.getBeanClass()).isEqualTo(InboxChannelCheck.class));
    }

    @Test
    void aWrongChannelStopsTheStartNamingTheChannelAndTheSetting() {
        Config wrong = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                NOTES + "connector", "smallrye-kafka",
                                NOTES + "batch", "false",
                                NOTES + "cloud-events", "false",
                                NOTES + "failure-strategy", "dead-letter-queue",
                                NOTES + "dead-letter-queue.topic", "chuanyu.test.dead-letters"),
                        "application.properties",
                        250))
                .build();

        assertThatThrownBy(() -> InboxChannelCheck.enforce(wrong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("incoming channel 'notes': batch is false, the inbox needs true");
    }
}
