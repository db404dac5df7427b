package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner system on the embedded platform's Kafka as the quickstart describes it: a token of the real Keycloak
 * (client credentials of chuanyu-partner, fetched by Kafka's own OIDC support), checked by the broker against the
 * realm's keys; the demo partner reads the contract topics and nothing else (no dead-letter, no internal topic).
 */
class PartnerEventsIT {

    private static final String SECRET = "partner-secret-change-me"; // the dev realm's DEMO credential
    private static final List<String> CONTRACT_TOPICS =
            List.of("chuanyu.conference.papers", "chuanyu.alliance.board-items", "chuanyu.training.certificates");

    @BeforeAll
    static void startPlatform() throws Exception {
        PlatformUnderTest.platform();
    }

    @Test
    void thePartnerReadsTheDemoDatasEventsAsCloudEventsWithARealmToken() throws Exception {
        List<ConsumerRecord<String, String>> records = read(
                PlatformUnderTest.platform().kafkaPartnerConfig(PlatformUnderTest.PARTNER, SECRET),
                "chuanyu-partner.it-" + System.nanoTime(),
                CONTRACT_TOPICS);
        assertThat(records).isNotEmpty();
        for (var record : records) {
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).startsWith("cn.chuanyu.");
            assertThat(header(record, "ce_subject")).isEqualTo(record.key());
            assertThat(record.value()).startsWith("{");
        }
    }

    @Test
    void thePartnerIsRefusedDeadLettersAndInternalTopicsAndCannotProduce() throws Exception {
        var partner = PlatformUnderTest.platform().kafkaPartnerConfig(PlatformUnderTest.PARTNER, SECRET);
        assertThatThrownBy(() -> read(partner, "chuanyu-partner.dlt", List.of("chuanyu.alliance.dead-letters")))
                .isInstanceOf(TopicAuthorizationException.class);
        // who reviews which paper (blind review) and who is seconded where: the platform's services only
        for (String internal : List.of("chuanyu.conference.reviews", "chuanyu.alliance.secondments")) {
            assertThatThrownBy(() -> read(partner, "chuanyu-partner.internal", List.of(internal)))
                    .as(internal)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> config = new HashMap<>(partner);
        config.put("max.block.ms", 10_000);
        config.put("delivery.timeout.ms", 10_000);
        config.put("request.timeout.ms", 5_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("chuanyu.conference.papers", "k", "{}"))
                            .get())
                    .hasCauseInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void aPartnerWithAWrongSecretGetsNoTokenAndNoConnection() throws Exception {
        var wrong = PlatformUnderTest.platform().kafkaPartnerConfig(PlatformUnderTest.PARTNER, "wrong-secret");
        assertThatThrownBy(() -> read(wrong, "chuanyu-partner.wrong", CONTRACT_TOPICS))
                .isInstanceOf(KafkaException.class);
    }

    /** Reads the topics from the beginning until a poll brings nothing more (after something), 60 s at most. */
    private static List<ConsumerRecord<String, String>> read(
            Map<String, Object> client, String group, List<String> topics) {
        Map<String, Object> config = new HashMap<>(client);
        config.put("group.id", group);
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(1000)).forEach(records::add);
                if (!records.isEmpty() && records.size() == before) {
                    break;
                }
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
