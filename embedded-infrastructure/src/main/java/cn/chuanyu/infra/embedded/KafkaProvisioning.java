package cn.chuanyu.infra.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Brings a broker to the declaration, idempotently (run it at every start): the declared topics with their settings,
 * each service principal's SCRAM credentials, and the ACLs that follow from the declaration. Partners are granted
 * separately, one operator step each ({@link #grantPartner}).
 *
 * <p>ACLs: a topic's owner writes it (the outbox relay; a consumer writes its dead-letter topic); a consumer reads it
 * with the consumer group named like itself. A partner reads the contract topics it was granted, with consumer groups
 * whose ids start with its principal and a dot ({@link #partnerGroupPrefix}); it never writes and is never granted a
 * dead-letter topic. Deploy scripts do the same with Kafka's command-line tools (deploy/kafka/).
 */
public final class KafkaProvisioning {

    private static final int SCRAM_ITERATIONS = 4096;

    private KafkaProvisioning() {}

    /** Topics, then the services' credentials and ACLs. */
    public static void provision(Admin admin, KafkaTopics topics, Map<String, String> servicePasswords) {
        createTopics(admin, topics);
        setScramCredentials(admin, servicePasswords);
        grantServices(admin, topics);
    }

    /** Creates the declared topics that are missing and sets the declared configuration of all of them. */
    public static void createTopics(Admin admin, KafkaTopics topics) {
        int brokers = await(admin.describeCluster().nodes()).size();
        Set<String> existing = await(admin.listTopics().names());
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, Collection<AlterConfigOp>> configs = new HashMap<>();
        for (KafkaTopic topic : topics.all()) {
            Map<String, String> config = topicConfig(topic);
            if (!existing.contains(topic.name())) {
                missing.add(new NewTopic(topic.name(), topic.partitions(), (short) Math.min(topic.replicas(), brokers))
                        .configs(config));
            } else {
                configs.put(
                        new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                        config.entrySet().stream()
                                .map(e -> new AlterConfigOp(
                                        new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                .toList());
            }
        }
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) { // another instance provisioning at the same time
                throw new IllegalStateException("cannot create topics " + missing, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!configs.isEmpty()) {
            await(admin.incrementalAlterConfigs(configs).all());
        }
    }

    static Map<String, String> topicConfig(KafkaTopic topic) {
        return Map.of(
                TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(topic.retention().toMillis()),
                TopicConfig.CLEANUP_POLICY_CONFIG,
                topic.cleanupPolicy());
    }

    /** Creates or updates the SCRAM-SHA-512 credentials of each principal. */
    public static void setScramCredentials(Admin admin, Map<String, String> passwords) {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        passwords.forEach((user, password) -> upserts.add(new UserScramCredentialUpsertion(
                user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)));
        if (!upserts.isEmpty()) {
            await(admin.alterUserScramCredentials(upserts).all());
        }
    }

    /** The ACLs of the services, from the declaration (creating an ACL that exists changes nothing). */
    public static void grantServices(Admin admin, KafkaTopics topics) {
        await(admin.createAcls(serviceAcls(topics)).all());
    }

    static List<AclBinding> serviceAcls(KafkaTopics topics) {
        List<AclBinding> acls = new ArrayList<>();
        for (KafkaTopic topic : topics.all()) {
            acls.add(allow(topic(topic.name()), topic.owner(), AclOperation.WRITE));
            acls.add(allow(topic(topic.name()), topic.owner(), AclOperation.DESCRIBE));
            for (String consumer : topic.consumers()) {
                acls.add(allow(topic(topic.name()), consumer, AclOperation.READ));
                acls.add(allow(topic(topic.name()), consumer, AclOperation.DESCRIBE));
                acls.add(allow(
                        new ResourcePattern(ResourceType.GROUP, consumer, PatternType.LITERAL),
                        consumer,
                        AclOperation.READ));
            }
        }
        return acls;
    }

    /**
     * Lets a partner read the given contract topics, in consumer groups under its own prefix. Refuses dead-letter,
     * internal and undeclared topics.
     *
     * @param principal the partner's principal: the client id of its Keycloak client (its tokens' azp)
     */
    public static void grantPartner(Admin admin, KafkaTopics topics, String principal, Collection<String> granted) {
        List<AclBinding> acls = new ArrayList<>();
        for (String name : granted) {
            if (!topics.get(name).isContract()) {
                throw new IllegalArgumentException(name + " is not a contract topic: partners are never granted it");
            }
            acls.add(allow(topic(name), principal, AclOperation.READ));
            acls.add(allow(topic(name), principal, AclOperation.DESCRIBE));
        }
        acls.add(allow(
                new ResourcePattern(ResourceType.GROUP, partnerGroupPrefix(principal), PatternType.PREFIXED),
                principal,
                AclOperation.READ));
        await(admin.createAcls(acls).all());
    }

    /** Takes every permission of a partner away. */
    public static void revokePartner(Admin admin, String principal) {
        await(admin.deleteAcls(List.of(new AclBindingFilter(
                        ResourcePatternFilter.ANY,
                        new AccessControlEntryFilter(
                                "User:" + principal, null, AclOperation.ANY, AclPermissionType.ANY))))
                .all());
    }

    /** A partner's consumer group ids start with this: its principal and a dot. */
    public static String partnerGroupPrefix(String principal) {
        return principal + ".";
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static AclBinding allow(ResourcePattern resource, String principal, AclOperation operation) {
        return new AclBinding(
                resource, new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Kafka refused the provisioning: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
