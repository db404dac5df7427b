package cn.chuanyu.infra.embedded;

import java.time.Duration;
import java.util.List;

/**
 * One line of the topic declaration ({@code contracts/topics.txt} of event-contracts): a topic, the principal that
 * writes it, and its settings.
 *
 * @param consumers the principals that consume it, each in the consumer group named like itself
 */
public record KafkaTopic(
        String name,
        String owner,
        Kind kind,
        int partitions,
        short replicas,
        Duration retention,
        String cleanupPolicy,
        List<String> consumers) {

    /** What a topic is for, which decides who may be granted it. */
    public enum Kind {
        /** Published facts: the services that consume them and the partners granted them read them. */
        CONTRACT,
        /**
         * Published facts only the platform's own services read (they name people): consumed like contract topics,
         * never granted to a partner.
         */
        INTERNAL,
        /** Events a consumer could not apply: for operators only, never granted to a partner. */
        DEAD_LETTER
    }

    public KafkaTopic {
        consumers = List.copyOf(consumers);
    }

    public boolean isContract() {
        return kind == Kind.CONTRACT;
    }
}
