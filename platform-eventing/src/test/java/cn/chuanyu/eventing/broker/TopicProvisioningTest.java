package cn.chuanyu.eventing.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import cn.chuanyu.infra.embedded.KafkaProvisioning;
import cn.chuanyu.infra.embedded.KafkaTopic;
import cn.chuanyu.infra.embedded.KafkaTopics;
import cn.chuanyu.testing.RealInfrastructure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The test JVM's broker holds exactly the declared topics with the declared settings (provisioned before any
 * application started), provisioning again changes nothing, and the broker never creates a topic on first use.
 */
class TopicProvisioningTest {

    private final KafkaTopics declared = KafkaTopics.declared();

    @Test
    void everyDeclaredTopicExistsWithItsPartitionsRetentionAndCleanupPolicyAlsoAfterProvisioningAgain()
            throws Exception {
        try (Admin admin = admin()) {
            EmbeddedKafka.withOwnClassLoader(() -> {
                KafkaProvisioning.createTopics(admin, declared);
                return null;
            });
            List<String> names = declared.all().stream().map(KafkaTopic::name).toList();
            var descriptions = admin.describeTopics(names).allTopicNames().get();
            var configs = admin.describeConfigs(names.stream()
                            .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                            .toList())
                    .all()
                    .get();
            for (KafkaTopic topic : declared.all()) {
                assertThat(descriptions.get(topic.name()).partitions())
                        .as(topic.name())
                        .hasSize(topic.partitions());
                var config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
                assertThat(config.get("retention.ms").value())
                        .as(topic.name())
                        .isEqualTo(Long.toString(topic.retention().toMillis()));
                assertThat(config.get("cleanup.policy").value())
                        .as(topic.name())
                        .isEqualTo(topic.cleanupPolicy());
            }
        }
    }

    @Test
    void aTopicNobodyDeclaredIsNotCreatedByWritingToIt() throws Exception {
        Map<String, Object> config = new HashMap<>(RealInfrastructure.kafkaAdminConfig());
        config.put("max.block.ms", 3000);
        try (var producer = EmbeddedKafka.withOwnClassLoader(
                        () -> new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
                Admin admin = admin()) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("chuanyu.undeclared.topic", "k", "{}"))
                            .get())
                    .hasCauseInstanceOf(TimeoutException.class);
            assertThat(admin.listTopics().names().get()).doesNotContain("chuanyu.undeclared.topic");
        }
    }

    private static Admin admin() {
        return EmbeddedKafka.withOwnClassLoader(() -> Admin.create(RealInfrastructure.kafkaAdminConfig()));
    }
}
