package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost or told twice across a restart of notification-service: the events published while it is down are
 * notified once it is back (in-app and by e-mail through its SMTP server), each once, and an event it had already
 * notified before it stopped is not notified again, whatever Kafka redelivers.
 */
class NotificationRestartIT {

    private static final String TRAINEE = "trainee";
    private static final String ADDRESS = "trainee@chuanyu.example";
    private static final String ENROLMENTS_TOPIC = "chuanyu.training.enrolments";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @BeforeAll
    static void startPlatform() throws Exception {
        PlatformUnderTest.platform();
    }

    @Test
    void eventsPublishedWhileNotificationServiceIsDownAreNotifiedOnceEachWhenItIsBack() throws Exception {
        EmbeddedPlatform platform = PlatformUnderTest.platform();
        String programme = "重启验证培训班-" + System.nanoTime();
        String programmeId = programme(programme);

        // told before the stop: in-app and by e-mail
        String before = enrol(programmeId);
        await().atMost(PATIENCE).until(() -> notifiedAbout(programme).size() == 1);
        await().atMost(PATIENCE).until(() -> mailsAbout(platform, programme).size() == 1);

        platform.stop(EmbeddedPlatform.NOTIFICATION_SERVICE);
        List<String> whileDown = new ArrayList<>();
        try {
            assertThat(notificationsStatus()).as("notification-service is down").isIn(502, 503);
            withdraw(before);
            for (int i = 0; i < 3; i++) {
                String enrolment = enrol(programmeId);
                whileDown.add(enrolment);
                if (i < 2) {
                    withdraw(enrolment);
                }
            }
        } finally {
            platform.restart(EmbeddedPlatform.NOTIFICATION_SERVICE);
        }

        await().atMost(PATIENCE).until(() -> notifiedAbout(programme).size() >= 4);
        // everything on the topic applied and committed: any redelivery after the restart has been applied too
        awaitNoLag(platform);
        assertThat(notifiedAbout(programme))
                .as("one in-app notification per enrolment, the one before the stop included, none twice")
                .containsExactlyInAnyOrder(before, whileDown.get(0), whileDown.get(1), whileDown.get(2));
        // the SMTP server lives in notification-service: it holds what was sent since the restart
        await().atMost(PATIENCE).until(() -> mailsAbout(platform, programme).size() >= 3);
        assertThat(mailsAbout(platform, programme))
                .as("an e-mail for each enrolment made while it was down, none for the one told before")
                .containsExactlyInAnyOrderElementsOf(whileDown);
    }

    /** A training programme running around today, created by the training administrator; returns its id. */
    private static String programme(String name) throws Exception {
        LocalDate today = LocalDate.now();
        String template = """
                {"name": "%s", "level": "PRIMARY", "organisers": ["重庆市科学技术研究院"],
                 "executors": ["重庆技术评估与转移服务中心"], "venue": "易智网总部基地",
                 "startsOn": "%s", "endsOn": "%s", "capacity": 10, "teachingMode": "BLENDED"}""";
        String body = template.formatted(name, today.minusDays(1), today.plusDays(30));
        HttpResponse<String> created = post("training-admin", "/api/training/programmes", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PlatformUnderTest.json(created).get("id").asText();
    }

    private static String enrol(String programmeId) throws Exception {
        String body = """
                {"programmeId": "%s", "name": "张学员", "organisation": "重庆大学科技成果转化中心"}""".formatted(programmeId);
        HttpResponse<String> enrolled = post(TRAINEE, "/api/training/enrolments", body);
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(PlatformUnderTest.json(enrolled).get("status").asText()).isEqualTo("ENROLLED");
        return PlatformUnderTest.json(enrolled).get("id").asText();
    }

    private static void withdraw(String enrolment) throws Exception {
        HttpResponse<String> withdrawn = PlatformUnderTest.send(HttpRequest.newBuilder(
                        PlatformUnderTest.gateway("/api/training/enrolments/" + enrolment + "/withdrawal"))
                .header("Authorization", "Bearer " + PlatformUnderTest.token(TRAINEE))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    }

    private static HttpResponse<String> post(String user, String path, String body) throws Exception {
        return PlatformUnderTest.send(HttpRequest.newBuilder(PlatformUnderTest.gateway(path))
                .header("Authorization", "Bearer " + PlatformUnderTest.token(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static int notificationsStatus() throws Exception {
        return PlatformUnderTest.send(
                        HttpRequest.newBuilder(PlatformUnderTest.gateway("/api/notifications/notifications/mine"))
                                .header("Authorization", "Bearer " + PlatformUnderTest.token(TRAINEE)))
                .statusCode();
    }

    /** The enrolments the trainee's in-app notifications about the programme link to (repeats kept). */
    private static List<String> notifiedAbout(String programme) throws Exception {
        HttpResponse<String> mine = PlatformUnderTest.send(
                HttpRequest.newBuilder(PlatformUnderTest.gateway("/api/notifications/notifications/mine?size=100"))
                        .header("Authorization", "Bearer " + PlatformUnderTest.token(TRAINEE)));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        List<String> enrolments = new ArrayList<>();
        for (JsonNode item : PlatformUnderTest.json(mine).get("items")) {
            if (item.get("body").asText().contains(programme)) {
                String link = item.get("link").asText();
                enrolments.add(link.substring(link.lastIndexOf('/') + 1));
            }
        }
        return enrolments;
    }

    /** The enrolments linked from the e-mails about the programme in the trainee's mailbox (repeats kept). */
    private static List<String> mailsAbout(EmbeddedPlatform platform, String programme)
            throws MessagingException, IOException {
        Properties settings = new Properties();
        settings.put("mail.imap.host", "127.0.0.1");
        settings.put("mail.imap.port", Integer.toString(platform.mailViewerPort()));
        Store store = Session.getInstance(settings).getStore("imap");
        try {
            store.connect(ADDRESS, ADDRESS);
        } catch (MessagingException e) {
            return List.of(); // no mail for the address yet: the server knows the user from its first message
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> enrolments = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                String text = message.getContent().toString();
                if (text.contains(programme)) {
                    int at = text.indexOf("/training/enrolments/") + "/training/enrolments/".length();
                    enrolments.add(text.substring(at, at + 36));
                }
            }
            inbox.close(false);
            return enrolments;
        } finally {
            store.close();
        }
    }

    /** Waits until notification-service's consumer group has committed every record of the enrolments topic. */
    private static void awaitNoLag(EmbeddedPlatform platform) {
        try (Admin admin = Admin.create(platform.kafkaAdminConfig())) {
            await().atMost(PATIENCE).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                                EmbeddedPlatform.NOTIFICATION_SERVICE)
                        .partitionsToOffsetAndMetadata()
                        .get();
                Set<TopicPartition> partitions = admin
                        .describeTopics(List.of(ENROLMENTS_TOPIC))
                        .allTopicNames()
                        .get()
                        .get(ENROLMENTS_TOPIC)
                        .partitions()
                        .stream()
                        .map(p -> new TopicPartition(ENROLMENTS_TOPIC, p.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(
                                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all()
                        .get();
                return partitions.stream().allMatch(p -> {
                    long end = ends.get(p).offset();
                    OffsetAndMetadata at = committed.get(p);
                    return end == 0 || (at != null && at.offset() >= end);
                });
            });
        }
    }
}
