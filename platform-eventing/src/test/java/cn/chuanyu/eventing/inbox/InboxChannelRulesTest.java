package cn.chuanyu.eventing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * The inbox's rules for incoming Kafka channels, on configurations built here: a channel that states only its own
 * settings passes with the library's defaults, and each wrong or missing setting is a fault naming the channel.
 */
class InboxChannelRulesTest {

    private static final String CHANNEL = "mp.messaging.incoming.board-events.";

    @Test
    void aChannelStatingOnlyItsTopicGroupAndDeadLetterTopicPassesWithTheLibrarysDefaults() {
        assertThat(InboxChannelRules.faults(withLibraryDefaults(reducedChannel())))
                .isEmpty();
    }

    @Test
    void aChannelThatStatesEverySettingItselfPassesWithoutTheDefaults() {
        Map<String, String> channel = reducedChannel();
        channel.put(CHANNEL + "batch", "true");
        channel.put(CHANNEL + "cloud-events", "false");
        channel.put(CHANNEL + "failure-strategy", "dead-letter-queue");

        assertThat(InboxChannelRules.faults(config(channel, Map.of()))).isEmpty();
    }

    @Test
    void withoutTheLibrarysDefaultsTheConnectorsOwnAreWrongOnEveryCount() {
        assertThat(InboxChannelRules.faults(config(reducedChannel(), Map.of())))
                .containsExactly(
                        "incoming channel 'board-events': batch is false, the inbox needs true",
                        "incoming channel 'board-events': cloud-events is true, the inbox needs false",
                        "incoming channel 'board-events': failure-strategy is fail, the inbox needs dead-letter-queue");
    }

    @Test
    void aChannelThatIsNotBatchedIsAFault() {
        assertSingleFault("batch", "false", "'board-events': batch is false, the inbox needs true");
    }

    @Test
    void aChannelThatParsesCloudEventsItselfIsAFault() {
        assertSingleFault("cloud-events", "true", "'board-events': cloud-events is true, the inbox needs false");
    }

    @Test
    void aChannelThatIgnoresOrFailsOnARejectedEventIsAFault() {
        assertSingleFault(
                "failure-strategy",
                "ignore",
                "'board-events': failure-strategy is ignore, the inbox needs dead-letter-queue");
        assertSingleFault(
                "failure-strategy",
                "fail",
                "'board-events': failure-strategy is fail, the inbox needs dead-letter-queue");
    }

    @Test
    void aChannelWithoutItsDeadLetterTopicIsAFault() {
        Map<String, String> channel = reducedChannel();
        channel.remove(CHANNEL + "dead-letter-queue.topic");

        assertThat(InboxChannelRules.faults(withLibraryDefaults(channel)))
                .singleElement()
                .asString()
                .contains("'board-events': dead-letter-queue.topic is not set");
    }

    @Test
    void aWrongConnectorLevelSettingIsAFaultOfEveryKafkaChannel() {
        Map<String, String> channels = reducedChannel();
        channels.put("mp.messaging.incoming.other.connector", "smallrye-kafka");
        channels.put("mp.messaging.incoming.other.dead-letter-queue.topic", "other.dead-letters");
        channels.put("mp.messaging.connector.smallrye-kafka.batch", "false");

        assertThat(InboxChannelRules.faults(withLibraryDefaults(channels)))
                .containsExactly(
                        "incoming channel 'board-events': batch is false, the inbox needs true",
                        "incoming channel 'other': batch is false, the inbox needs true");
    }

    @Test
    void channelsOfOtherConnectorsAreNotTheInboxsConcern() {
        Map<String, String> channels = new HashMap<>();
        channels.put("mp.messaging.incoming.ticks.connector", "smallrye-in-memory");
        channels.put("mp.messaging.outgoing.announcements.connector", "smallrye-kafka");
        channels.put("mp.messaging.outgoing.announcements.topic", "announcements");

        assertThat(InboxChannelRules.faults(config(channels, Map.of()))).isEmpty();
    }

    private static void assertSingleFault(String attribute, String value, String fault) {
        Map<String, String> channel = reducedChannel();
        channel.put(CHANNEL + attribute, value);

        assertThat(InboxChannelRules.faults(withLibraryDefaults(channel)))
                .singleElement()
                .asString()
                .endsWith(fault);
    }

    /** A service's channel as it is written now: what is its own, nothing the library provides. */
    private static Map<String, String> reducedChannel() {
        Map<String, String> channel = new HashMap<>();
        channel.put(CHANNEL + "connector", "smallrye-kafka");
        channel.put(CHANNEL + "topic", "chuanyu.alliance.board");
        channel.put(CHANNEL + "group.id", "some-service");
        channel.put(CHANNEL + "dead-letter-queue.topic", "chuanyu.some-service.dead-letters");
        return channel;
    }

    /** The configuration with the defaults this library ships, at their ordinal below application.properties. */
    private static Config withLibraryDefaults(Map<String, String> application) {
        Properties defaults = new Properties();
        try (InputStream in = InboxChannelRules.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new AssertionError("the library's defaults cannot be read", e);
        }
        Map<String, String> library = new HashMap<>();
        defaults.stringPropertyNames().forEach(name -> library.put(name, defaults.getProperty(name)));
        return config(application, library);
    }

    private static Config config(Map<String, String> application, Map<String, String> library) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(application, "application.properties", 250))
                .withSources(new PropertiesConfigSource(library, "platform-eventing defaults", 100))
                .build();
    }
}
