package cn.chuanyu.infra.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The topic declaration: every {@value #RESOURCE} on the class path (event-contracts' for the platform, a test module's
 * own for its test topics), read in class path order. A topic declared twice is an error.
 */
public final class KafkaTopics {

    public static final String RESOURCE = "contracts/topics.txt";

    private final Map<String, KafkaTopic> topics;

    private KafkaTopics(Map<String, KafkaTopic> topics) {
        this.topics = topics;
    }

    /** The declarations on this class's class path. */
    public static KafkaTopics declared() {
        return declared(KafkaTopics.class.getClassLoader());
    }

    public static KafkaTopics declared(ClassLoader loader) {
        Map<String, KafkaTopic> topics = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                try (var reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    for (KafkaTopic topic : parse(reader.lines().toList(), url.toString())) {
                        if (topics.putIfAbsent(topic.name(), topic) != null) {
                            throw new IllegalStateException(
                                    "topic " + topic.name() + " is declared twice (" + url + ")");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("no " + RESOURCE + " on the class path: is event-contracts a dependency?");
        }
        return new KafkaTopics(topics);
    }

    /** Parses the lines of one declaration; {@code origin} names it in errors. */
    public static List<KafkaTopic> parse(List<String> lines, String origin) {
        List<KafkaTopic> topics = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 8) {
                throw new IllegalArgumentException(origin + ": 8 columns expected in '" + line + "'");
            }
            topics.add(new KafkaTopic(
                    f[0],
                    f[1],
                    KafkaTopic.Kind.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_')),
                    Integer.parseInt(f[3]),
                    Short.parseShort(f[4]),
                    days(f[5], origin),
                    f[6],
                    "-".equals(f[7]) ? List.of() : Arrays.asList(f[7].split(","))));
        }
        return topics;
    }

    private static Duration days(String value, String origin) {
        if (!value.endsWith("d")) {
            throw new IllegalArgumentException(origin + ": retention in days expected (e.g. 90d), not " + value);
        }
        return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
    }

    public List<KafkaTopic> all() {
        return List.copyOf(topics.values());
    }

    public KafkaTopic get(String name) {
        KafkaTopic topic = topics.get(name);
        if (topic == null) {
            throw new IllegalArgumentException("undeclared topic " + name);
        }
        return topic;
    }

    /** The contract topics, which partners may be granted. */
    public List<String> contractTopics() {
        return topics.values().stream()
                .filter(KafkaTopic::isContract)
                .map(KafkaTopic::name)
                .toList();
    }

    /** Every principal that writes or consumes a topic: the services (and test applications) of the platform. */
    public Set<String> servicePrincipals() {
        Set<String> principals = new LinkedHashSet<>();
        for (KafkaTopic topic : topics.values()) {
            principals.add(topic.owner());
            principals.addAll(topic.consumers());
        }
        return principals;
    }
}
