package cn.chuanyu.eventing.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * What every incoming Kafka channel needs for the {@link Inbox}: {@code batch=true} (the inbox applies a poll's events
 * in one transaction), {@code cloud-events=false} (the inbox reads the {@code ce_*} headers itself, so that a malformed
 * one dead-letters its event instead of failing the channel), {@code failure-strategy=dead-letter-queue} (a rejected
 * event is nacked to go there) and an explicit {@code dead-letter-queue.topic}.
 *
 * <p>The first three are this library's defaults for the smallrye-kafka connector
 * ({@code META-INF/microprofile-config.properties}), so a channel states only its topic, group and dead-letter topic. A
 * channel or a connector-level setting that overrides them wrongly is a fault. The library publishes through its own
 * producer (the outbox relay), not through outgoing channels, which these rules do not concern.
 */
public final class InboxChannelRules {

    static final String KAFKA = "smallrye-kafka";
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String CONNECTOR_DEFAULTS = "mp.messaging.connector." + KAFKA + ".";

    private InboxChannelRules() {}

    /** The faults of every incoming Kafka channel, one line each naming the channel; empty when all are right. */
    public static List<String> faults(Config config) {
        List<String> faults = new ArrayList<>();
        for (String channel : incomingChannels(config)) {
            if (KAFKA.equals(config.getOptionalValue(INCOMING + channel + ".connector", String.class)
                    .orElse(null))) {
                faults.addAll(faults(config, channel));
            }
        }
        return faults;
    }

    private static List<String> faults(Config config, String channel) {
        List<String> faults = new ArrayList<>();
        // unset everywhere, an attribute has the connector's own default, which is wrong for each of them
        expect(config, channel, "batch", "true", "false", faults);
        expect(config, channel, "cloud-events", "false", "true", faults);
        expect(config, channel, "failure-strategy", "dead-letter-queue", "fail", faults);
        if (config.getOptionalValue(INCOMING + channel + ".dead-letter-queue.topic", String.class)
                .filter(topic -> !topic.isBlank())
                .isEmpty()) {
            faults.add("incoming channel '" + channel + "': dead-letter-queue.topic is not set "
                    + "(each channel names the topic its rejected events go to)");
        }
        return faults;
    }

    private static void expect(
            Config config,
            String channel,
            String attribute,
            String required,
            String connectorDefault,
            List<String> faults) {
        String actual = value(config, channel, attribute).orElse(connectorDefault);
        if (!required.equalsIgnoreCase(actual.trim())) {
            faults.add("incoming channel '%s': %s is %s, the inbox needs %s"
                    .formatted(channel, attribute, actual, required));
        }
    }

    private static Optional<String> value(Config config, String channel, String attribute) {
        return config.getOptionalValue(INCOMING + channel + "." + attribute, String.class)
                .or(() -> config.getOptionalValue(CONNECTOR_DEFAULTS + attribute, String.class));
    }

    private static TreeSet<String> incomingChannels(Config config) {
        TreeSet<String> channels = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(INCOMING) && name.indexOf('.', INCOMING.length()) > 0) {
                channels.add(unquote(name.substring(INCOMING.length(), name.indexOf('.', INCOMING.length()))));
            }
        }
        return channels;
    }

    private static String unquote(String channel) {
        return channel.startsWith("\"") && channel.endsWith("\"") && channel.length() > 1
                ? channel.substring(1, channel.length() - 1)
                : channel;
    }
}
