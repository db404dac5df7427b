package cn.chuanyu.training.broker;

import static cn.chuanyu.training.broker.ProjectEventFixtures.SOURCE;
import static cn.chuanyu.training.broker.ProjectEventFixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.training.certificate.Certificate;
import cn.chuanyu.training.certificate.Certificates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alliance's signed projects count towards the broker's practice record, once each, against the real broker. */
@QuarkusTest
class PracticeRecordTest {

    private static final String DEAD_LETTERS = "chuanyu.training.dead-letters";
    private static TestEventProducer alliance;

    @Inject
    Certificates certificates;

    @BeforeAll
    static void connect() {
        alliance = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        alliance.close();
    }

    @Test
    @TestSecurity(user = "training-admin", roles = "training-admin")
    void aProjectSignedWithACertifiedBrokerAppearsOnTheirProfileWithTheirCertificate() {
        String broker = TrainingFixtures.unique("broker");
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("broker-teacher"));
        UUID enrolment = cohort.passed(broker, "张三");
        Certificate certificate =
                QuarkusTransaction.requiringNew().call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN));
        UUID project = UUID.randomUUID();

        alliance.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                PracticeRecords.STAGE_CHANGED,
                project.toString(),
                ProjectEventFixtures.signed(project, "新型有机钾离子电池产学研合作项目", broker, "张三", certificate.number));

        Map<String, Object> profile = awaitProfileWith(broker, project);
        assertThat(profile).containsEntry("name", "张三").containsEntry("signedProjects", 1);
        given().when()
                .get("/api/training/brokers/" + broker)
                .then()
                .body("projects.items[0].title", equalTo("新型有机钾离子电池产学研合作项目"))
                .body("projects.items[0].agreementDate", equalTo("2021-03-18"))
                .body("projects.total", equalTo(1))
                .body("projects.size", equalTo(20))
                .body("certificates.number", contains(certificate.number))
                .body("certificates[0].id", equalTo(certificate.id.toString()))
                .body("certificates[0].level", equalTo("PRIMARY"))
                .body("certificates[0].status", equalTo("VALID"));
        given().queryParam("page", 1)
                .queryParam("size", 1)
                .when()
                .get("/api/training/brokers/" + broker)
                .then()
                .statusCode(200)
                .body("signedProjects", equalTo(1))
                .body("projects.items.size()", equalTo(0))
                .body("projects.page", equalTo(1));
    }

    @Test
    @TestSecurity(user = "training-admin", roles = "training-admin")
    void aSigningDeliveredTwiceCountsOnceAndOtherStagesDoNotCount() {
        String broker = TrainingFixtures.unique("broker");
        UUID project = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String signed = ProjectEventFixtures.signed(project, "智能装备产业协同项目", broker, "李四", "NTTB-2020-000099");
        alliance.sendCloudEvent(TOPIC, SOURCE, eventId, PracticeRecords.STAGE_CHANGED, project.toString(), signed);
        // the same event again, as after a producer retry or a consumer rebalance
        alliance.sendCloudEvent(TOPIC, SOURCE, eventId, PracticeRecords.STAGE_CHANGED, project.toString(), signed);
        alliance.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                PracticeRecords.STAGE_CHANGED,
                project.toString(),
                ProjectEventFixtures.consulting(project));
        // a marker with the same key lands in the same partition: once it is applied, everything before it was consumed
        UUID marker = UUID.randomUUID();
        alliance.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                PracticeRecords.STAGE_CHANGED,
                project.toString(),
                ProjectEventFixtures.signed(marker, "标记项目", broker, "李四", "NTTB-2020-000099"));

        Map<String, Object> profile = awaitProfileWith(broker, marker);
        assertThat(profile).containsEntry("signedProjects", 2);
        assertThat(given().when()
                        .get("/api/training/brokers/" + broker)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("projects.items.projectId", String.class))
                .containsExactlyInAnyOrder(project.toString(), marker.toString());
    }

    @Test
    @TestSecurity(user = "training-admin", roles = "training-admin")
    void aSigningWithoutItsBrokerGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        try (var deadLetters = TopicRecorder.of(DEAD_LETTERS)) {
            UUID broken = UUID.randomUUID();
            String template = """
                    {"projectId": "%s", "title": "缺少经纪人", "leadZone": "chongqing", "from": "PROJECT_COLLECTED",
                     "to": "SIGNED", "changedAt": "2021-03-18T02:00:00Z", "changedBy": "officer-chongqing"}""";
            String withoutSigning = template.formatted(broken);
            alliance.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    "poison-" + broken,
                    PracticeRecords.STAGE_CHANGED,
                    broken.toString(),
                    withoutSigning);
            String broker = TrainingFixtures.unique("broker");
            UUID healthy = UUID.randomUUID();
            alliance.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    UUID.randomUUID().toString(),
                    PracticeRecords.STAGE_CHANGED,
                    broken.toString(),
                    ProjectEventFixtures.signed(healthy, "毒消息之后的正常项目", broker, "王五", "NTTB-2020-000100"));

            awaitProfileWith(broker, healthy);
            PublishedEvent poison = deadLetters.await(e -> ("poison-" + broken).equals(e.id()), Duration.ofSeconds(30));
            assertThat(poison.header("dead-letter-reason")).contains("signing.broker");
            assertThat(poison.header("dead-letter-topic")).isEqualTo(TOPIC);
        }
    }

    @Test
    @TestSecurity(user = "broker-owner", roles = "trainee")
    void aBrokerSeesTheirOwnProfileButNotAnothers() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("owner-teacher"));
        UUID own = cohort.passed("broker-owner", "李自己");
        QuarkusTransaction.requiringNew().run(() -> certificates.issue(own, TrainingFixtures.ADMIN));
        String other = TrainingFixtures.unique("broker-other");
        UUID others = cohort.passed(other, "王别人");
        QuarkusTransaction.requiringNew().run(() -> certificates.issue(others, TrainingFixtures.ADMIN));

        given().when()
                .get("/api/training/brokers/broker-owner")
                .then()
                .statusCode(200)
                .body("name", equalTo("李自己"));
        given().when()
                .get("/api/training/brokers/" + other)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anonymousCallersCannotLookUpBrokers() {
        given().when().get("/api/training/brokers/broker-owner").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "officer-chengdu", roles = "zone-officer")
    void anUnknownBrokerHasNoProfile() {
        given().when()
                .get("/api/training/brokers/" + TrainingFixtures.unique("nobody"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> awaitProfileWith(String broker, UUID project) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(
                        () -> {
                            var response = given().when().get("/api/training/brokers/" + broker);
                            if (response.statusCode() != 200) {
                                return null;
                            }
                            List<String> projects =
                                    response.jsonPath().getList("projects.items.projectId", String.class);
                            return projects.contains(project.toString())
                                    ? response.jsonPath().<String, Object>getMap("")
                                    : null;
                        },
                        Objects::nonNull);
    }
}
