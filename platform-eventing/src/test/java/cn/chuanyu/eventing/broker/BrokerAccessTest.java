package cn.chuanyu.eventing.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import cn.chuanyu.infra.embedded.KafkaClients;
import cn.chuanyu.infra.embedded.KafkaProvisioning;
import cn.chuanyu.infra.embedded.KafkaTopics;
import cn.chuanyu.testing.PartnerTokens;
import cn.chuanyu.testing.RealInfrastructure;
import cn.chuanyu.testing.TestEventProducer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test JVM's broker is secured as every deployment's: who may connect, write and read, proved with real clients.
 * The principals and ACLs come from the topic declaration (event-contracts' contracts/topics.txt and this module's test
 * topics); a partner is granted here the way an operator grants one.
 */
class BrokerAccessTest {

    private static final String PAPERS = "chuanyu.conference.papers";
    private static final String EXAMS = "chuanyu.training.exams";
    private static final String DEAD_LETTERS = "chuanyu.alliance.dead-letters";
    /** A partner granted one topic, as an operator grants a research office. */
    private static final String RESEARCH_OFFICE = "research-office-" + UUID.randomUUID();

    @BeforeAll
    static void grantTheResearchOfficeThePapers() {
        EmbeddedKafka.withOwnClassLoader(() -> {
            try (Admin admin = Admin.create(RealInfrastructure.kafkaAdminConfig())) {
                KafkaProvisioning.grantPartner(admin, KafkaTopics.declared(), RESEARCH_OFFICE, List.of(PAPERS));
            }
            return null;
        });
    }

    @Test
    void aClientWithoutCredentialsCannotEvenListTopics() {
        Map<String, Object> anonymous =
                new HashMap<>(Map.of("bootstrap.servers", RealInfrastructure.bootstrapServers()));
        anonymous.put("default.api.timeout.ms", 3000);
        anonymous.put("request.timeout.ms", 2000);
        try (Admin admin = EmbeddedKafka.withOwnClassLoader(() -> Admin.create(anonymous))) {
            assertThatThrownBy(() -> admin.listTopics().names().get()).isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void aServiceWithAWrongPasswordIsRefused() {
        var client = service("conference-service", "not-its-password");
        try (Admin admin = EmbeddedKafka.withOwnClassLoader(() -> Admin.create(client))) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aServiceWritesItsOwnTopicsOnly() throws Exception {
        var conference = service("conference-service", RealInfrastructure.demoPassword("conference-service"));
        try (var producer = producer(conference)) {
            producer.send(new ProducerRecord<>(PAPERS, "paper-1", "{}")).get();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("chuanyu.alliance.projects", "p", "{}"))
                            .get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceReadsOnlyWhatItConsumesInItsOwnGroup() {
        var alliance = service("alliance-service", RealInfrastructure.demoPassword("alliance-service"));
        assertThatThrownBy(() -> firstRecord(alliance, "alliance-service", PAPERS))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> firstRecord(alliance, "someone-else", "chuanyu.training.certificates"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aPartnerReadsTheTopicItWasGrantedInAGroupUnderItsPrefix() {
        String key = "paper-" + UUID.randomUUID();
        try (var conference = TestEventProducer.create()) {
            conference.sendCloudEvent(
                    PAPERS,
                    "/chuanyu/conference-service",
                    UUID.randomUUID().toString(),
                    "cn.chuanyu.conference.paper.submitted.v1",
                    key,
                    "{}");
        }
        var record = firstRecord(partner(RESEARCH_OFFICE), RESEARCH_OFFICE + ".papers", PAPERS, key);
        assertThat(record.key()).isEqualTo(key);
    }

    @Test
    void aPartnerIsRefusedTopicsItWasNotGrantedDeadLettersAndOtherGroups() {
        var office = partner(RESEARCH_OFFICE);
        assertThatThrownBy(() -> firstRecord(office, RESEARCH_OFFICE + ".exams", EXAMS))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> firstRecord(office, RESEARCH_OFFICE + ".dlt", DEAD_LETTERS))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> firstRecord(office, "alliance-service", PAPERS))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aPartnerCannotProduceEvenToItsGrantedTopic() {
        try (var producer = producer(partner(RESEARCH_OFFICE))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(PAPERS, "forged", "{}"))
                            .get())
                    .hasCauseInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void aTokenNotSignedByTheRealmIsRefused() {
        var forged = KafkaClients.partnerWithTokenFile(
                RealInfrastructure.bootstrapServers(),
                RealInfrastructure.partnerTokens().tokenFile(PartnerTokens.forgedToken(RESEARCH_OFFICE)));
        try (Admin admin = EmbeddedKafka.withOwnClassLoader(() -> Admin.create(forged))) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aDeadLetterTopicIsNeverGrantedToAPartner() {
        try (Admin admin =
                EmbeddedKafka.withOwnClassLoader(() -> Admin.create(RealInfrastructure.kafkaAdminConfig()))) {
            assertThatThrownBy(() -> KafkaProvisioning.grantPartner(
                            admin, KafkaTopics.declared(), RESEARCH_OFFICE, List.of(DEAD_LETTERS)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a contract topic");
        }
    }

    private static Map<String, Object> service(String principal, String password) {
        return KafkaClients.scram(RealInfrastructure.bootstrapServers(), principal, password);
    }

    private static Map<String, Object> partner(String principal) {
        PartnerTokens tokens = RealInfrastructure.partnerTokens();
        return KafkaClients.partnerWithTokenFile(
                RealInfrastructure.bootstrapServers(), tokens.tokenFile(tokens.token(principal)));
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put("max.block.ms", 10_000);
        config.put("delivery.timeout.ms", 10_000);
        config.put("request.timeout.ms", 5_000);
        return EmbeddedKafka.withOwnClassLoader(
                () -> new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
    }

    private static ConsumerRecord<String, String> firstRecord(Map<String, Object> client, String group, String topic) {
        return firstRecord(client, group, topic, null);
    }

    /** Reads the topic from the beginning until a record (with the key, if given) arrives, for 30 s at most. */
    private static ConsumerRecord<String, String> firstRecord(
            Map<String, Object> client, String group, String topic, String key) {
        Map<String, Object> config = new HashMap<>(client);
        config.put("group.id", group);
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", false);
        try (var consumer = EmbeddedKafka.withOwnClassLoader(
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key == null || key.equals(record.key())) {
                        return record;
                    }
                }
            }
            throw new AssertionError("no record on " + topic + " within 30 s");
        }
    }
}
