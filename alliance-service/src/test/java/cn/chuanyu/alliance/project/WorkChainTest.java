package cn.chuanyu.alliance.project;

import static cn.chuanyu.alliance.project.WorkChainFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.broker.CertificateEvents;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The work chain over REST, as the lead zone's officer takes a project from a demand to completion. */
@QuarkusTest
class WorkChainTest {

    private static final String PROJECTS = "/api/alliance/projects";
    private static TestEventProducer training;
    private static String broker;

    @Inject
    BoardItems items;

    @Inject
    WorkChain chain;

    WorkChainFixtures fixtures;

    @BeforeAll
    static void connect() {
        training = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        training.close();
    }

    @BeforeEach
    void certifiedBroker() {
        fixtures = new WorkChainFixtures(items, chain);
        if (broker == null) {
            broker = CertificateEvents.certifiedToday(training, "王经纪");
        }
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aProjectGoesFromDemandToCompletionAndEveryStepIsRecordedAndAnnounced() throws Exception {
        UUID demand = fixtures.published("chengdu", BoardItemKind.DEMAND, "动力电池回收技术需求");
        UUID resource = fixtures.published("chongqing", BoardItemKind.RESOURCE, "电池材料中试平台");
        try (var topic = TopicRecorder.of(ProjectEvents.TOPIC)) {
            String id = post(PROJECTS, Map.of("demandItemId", demand, "title", "动力电池回收联合攻关项目"))
                    .statusCode(201)
                    .body("stage", equalTo("DEMAND_PUBLISHED"))
                    .body("stageLabel", equalTo("需求发布"))
                    .extract()
                    .path("id");
            post(PROJECTS + "/" + id + "/collection", Map.of("proposalItemId", resource, "note", "重庆提供中试平台"))
                    .statusCode(200)
                    .body("stage", equalTo("PROJECT_COLLECTED"))
                    .body("partnerZones", contains("chongqing"));
            post(
                            PROJECTS + "/" + id + "/signing",
                            Map.of(
                                    "agreementDate",
                                    today().toString(),
                                    "parties",
                                    List.of(Map.of("name", "成都高新区管委会", "zone", "chengdu"), Map.of("name", "重庆大学")),
                                    "brokerCertificateNumber",
                                    broker))
                    .statusCode(200)
                    .body("stage", equalTo("SIGNED"))
                    .body("broker.name", equalTo("王经纪"))
                    .body("parties.name", contains("成都高新区管委会", "重庆大学"));
            post(
                            PROJECTS + "/" + id + "/consultations",
                            Map.of(
                                    "heldOn",
                                    today().toString(),
                                    "participants",
                                    List.of("成都高新区 李主任", "重庆大学 张教授"),
                                    "minutes",
                                    "明确分工，下次会商定于六月。"))
                    .statusCode(201)
                    .body("minutes", equalTo("明确分工，下次会商定于六月。"));
            post(
                            PROJECTS + "/" + id + "/joint-promotion",
                            Map.of(
                                    "milestones",
                                    List.of(
                                            Map.of("title", "完成技术方案论证", "dueOn", "2031-06-30"),
                                            Map.of("title", "中试线建成投产", "dueOn", "2031-12-31"))))
                    .statusCode(200)
                    .body("stage", equalTo("JOINT_PROMOTION"))
                    .body("progress", equalTo(0));
            given().contentType(ContentType.JSON)
                    .body(Map.of("progress", 100))
                    .when()
                    .put(PROJECTS + "/" + id + "/milestones/1/progress")
                    .then()
                    .statusCode(200)
                    .body("progress", equalTo(50))
                    .body("milestones[0].doneOn", equalTo(today().toString()));
            given().contentType(ContentType.JSON)
                    .body(Map.of("progress", 100))
                    .when()
                    .put(PROJECTS + "/" + id + "/milestones/2/progress")
                    .then()
                    .statusCode(200)
                    .body("progress", equalTo(100));
            post(PROJECTS + "/" + id + "/completion", Map.of("note", "项目目标全部达成"))
                    .statusCode(200)
                    .body("stage", equalTo("COMPLETED"));

            given().when()
                    .get(PROJECTS + "/" + id + "/transitions")
                    .then()
                    .statusCode(200)
                    .body(
                            "to",
                            contains(
                                    "DEMAND_PUBLISHED",
                                    "PROJECT_COLLECTED",
                                    "SIGNED",
                                    "CONSULTING",
                                    "JOINT_PROMOTION",
                                    "COMPLETED"))
                    .body("from[0]", nullValue())
                    .body("from[3]", equalTo("SIGNED"))
                    .body("actor", hasItem("officer-chengdu"))
                    .body("note[1]", equalTo("重庆提供中试平台"));

            PublishedEvent signed = topic.await(
                    e -> e.data().contains("\"to\":\"SIGNED\"") && e.data().contains(id), Duration.ofSeconds(30));
            EventSchemas.assertConforms(signed);
            assertThat(signed.data()).contains(broker, "王经纪", "重庆大学");
            EventSchemas.assertConforms(topic.await(
                    e -> e.data().contains("\"to\":\"COMPLETED\"") && e.data().contains(id), Duration.ofSeconds(30)));
        }
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void anIllegalStepIsRefusedNamingItsRuleAndChangesNothing() {
        UUID demand = fixtures.published("chengdu", BoardItemKind.DEMAND, "跳过收集直接签约的需求");
        String id = post(PROJECTS, Map.of("demandItemId", demand))
                .statusCode(201)
                .body("title", equalTo("跳过收集直接签约的需求"))
                .extract()
                .path("id");

        post(
                        PROJECTS + "/" + id + "/signing",
                        Map.of(
                                "agreementDate",
                                today().toString(),
                                "parties",
                                List.of(Map.of("name", "甲方"), Map.of("name", "乙方")),
                                "brokerCertificateNumber",
                                broker))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/work-chain-rule"))
                .body("detail", containsString("规则 SIGN（签约共建）"))
                .body("detail", containsString("需求发布 DEMAND_PUBLISHED"));
        post(PROJECTS + "/" + id + "/completion", Map.of())
                .statusCode(409)
                .body("detail", containsString("规则 COMPLETE"));
        post(PROJECTS, Map.of("demandItemId", demand)).statusCode(409).body("detail", containsString("已有一个进行中的项目"));

        given().when()
                .get(PROJECTS + "/" + id)
                .then()
                .body("stage", equalTo("DEMAND_PUBLISHED"))
                .body("parties", nullValue());
        given().when().get(PROJECTS + "/" + id + "/transitions").then().body("$", hasSize(1));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void signingNeedsACurrentlyCertifiedBrokerAndTwoParties() {
        UUID project = fixtures.collected("经纪人不合格的项目");
        String expired = CertificateEvents.certify(training, "过期经纪人", today().minusYears(4), today().minusDays(1));

        post(PROJECTS + "/" + project + "/signing", signing(expired))
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/broker-not-certified"))
                .body("detail", containsString("过期经纪人"));
        post(PROJECTS + "/" + project + "/signing", signing("JSJJR-NOBODY"))
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/broker-not-certified"));
        post(
                        PROJECTS + "/" + project + "/signing",
                        Map.of(
                                "agreementDate",
                                today().toString(),
                                "parties",
                                List.of(Map.of("name", "只有一方")),
                                "brokerCertificateNumber",
                                broker))
                .statusCode(400)
                .body("errors.field", hasItem("parties"));
        post(
                        PROJECTS + "/" + project + "/signing",
                        Map.of(
                                "agreementDate",
                                today().plusDays(3).toString(),
                                "parties",
                                List.of(Map.of("name", "甲方"), Map.of("name", "乙方")),
                                "brokerCertificateNumber",
                                broker))
                .statusCode(409)
                .body("detail", containsString("晚于今天"));

        given().when()
                .get(PROJECTS + "/" + project)
                .then()
                .body("stage", equalTo("PROJECT_COLLECTED"))
                .body("broker", nullValue());
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void anOfficerOfAnotherZoneCannotMoveTheProjectButAPartnerZoneJoinsItsConsultations() {
        UUID demand = fixtures.published("chengdu", BoardItemKind.DEMAND, "成都的需求");
        post(PROJECTS, Map.of("demandItemId", demand))
                .statusCode(403)
                .body("detail", equalTo("您是 chongqing 高新区的工作人员，不能代表 chengdu 高新区操作"));

        UUID project = fixtures.signed("成都牵头、重庆参与的项目", broker, today().minusDays(10));
        post(PROJECTS + "/" + project + "/closure", Map.of("reason", "重庆想关闭成都的项目"))
                .statusCode(403);
        post(
                        PROJECTS + "/" + project + "/consultations",
                        Map.of(
                                "heldOn",
                                today().toString(),
                                "participants",
                                List.of("重庆高新区 王处长"),
                                "minutes",
                                "重庆作为合作方记录的会商"))
                .statusCode(201);
        given().when()
                .get(PROJECTS + "/" + project + "/consultations")
                .then()
                .statusCode(200)
                .body("items.minutes", contains("重庆作为合作方记录的会商"))
                .body("items[0].projectId", equalTo(project.toString()))
                .body("total", equalTo(1));
        post(
                        PROJECTS + "/" + project + "/joint-promotion",
                        Map.of("milestones", List.of(Map.of("title", "里程碑", "dueOn", "2031-01-01"))))
                .statusCode(403);
        given().when().get(PROJECTS + "/" + project).then().body("stage", equalTo("CONSULTING"));
    }

    @Test
    @TestSecurity(
            user = "officer-deyang",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "deyang"))
    void theMinutesAreForTheProjectsZonesOnly() {
        UUID project = fixtures.signed("德阳看不到会商纪要的项目", broker, today());
        given().when().get(PROJECTS + "/" + project + "/consultations").then().statusCode(403);
        given().when().get(PROJECTS + "/" + project).then().statusCode(200).body("leadZone", equalTo("chengdu"));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aSignedProjectWithoutConsultationForTooLongIsOverdueUntilItsPartiesMeet() {
        UUID stale = fixtures.signed("长期未会商的项目", broker, today().minusDays(200));
        UUID fresh = fixtures.signed("刚签约的项目", broker, today().minusDays(5));

        ValidatableResponse overdue = given().queryParam("size", 100)
                .when()
                .get(PROJECTS + "/overdue")
                .then()
                .statusCode(200);
        overdue.body("items.id", hasItem(stale.toString()))
                .body("items.id", not(hasItem(fresh.toString())))
                .body("items.find { it.id == '" + stale + "' }.daysSinceLastContact", equalTo(200))
                .body("items.find { it.id == '" + stale + "' }.allowedDays", equalTo(90));

        post(
                        PROJECTS + "/" + stale + "/consultations",
                        Map.of(
                                "heldOn",
                                today().minusDays(1).toString(),
                                "participants",
                                List.of("秘书处"),
                                "minutes",
                                "补开会商"))
                .statusCode(201);
        given().queryParam("size", 100)
                .when()
                .get(PROJECTS + "/overdue")
                .then()
                .body("items.id", not(hasItem(stale.toString())));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void completionNeedsEveryMilestoneDoneAndAClosedProjectTakesNoMoreSteps() {
        UUID project = fixtures.signed("里程碑未完成的项目", broker, today());
        post(
                        PROJECTS + "/" + project + "/consultations",
                        Map.of("heldOn", today().toString(), "participants", List.of("秘书处"), "minutes", "启动会"))
                .statusCode(201);
        post(
                        PROJECTS + "/" + project + "/joint-promotion",
                        Map.of("milestones", List.of(Map.of("title", "样机", "dueOn", "2031-01-01"))))
                .statusCode(200);
        post(PROJECTS + "/" + project + "/completion", Map.of())
                .statusCode(409)
                .body("detail", containsString("还有 1 个里程碑未完成"));

        post(PROJECTS + "/" + project + "/closure", Map.of("reason", "")).statusCode(400);
        post(PROJECTS + "/" + project + "/closure", Map.of("reason", "合作方退出，协商终止"))
                .statusCode(200)
                .body("stage", equalTo("CLOSED"));
        post(
                        PROJECTS + "/" + project + "/consultations",
                        Map.of("heldOn", today().toString(), "participants", List.of("秘书处"), "minutes", "关闭后的会商"))
                .statusCode(409);
        given().when()
                .get(PROJECTS + "/" + project + "/transitions")
                .then()
                .body("note[-1]", equalTo("合作方退出，协商终止"))
                .body("to[-1]", equalTo("CLOSED"));
    }

    @Test
    void theWorkChainIsPublishedAndWritesNeedARole() {
        given().when()
                .get(PROJECTS + "/work-chain")
                .then()
                .statusCode(200)
                .body("find { it.step == 'SIGN' }.from", contains("PROJECT_COLLECTED"))
                .body("find { it.step == 'SIGN' }.to", equalTo("SIGNED"))
                .body("find { it.step == 'CLOSE' }.takenBy", equalTo("LEAD"));
        post(PROJECTS, Map.of("demandItemId", UUID.randomUUID())).statusCode(401);
        given().queryParam("stage", "NO_SUCH_STAGE")
                .when()
                .get(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-parameter"));
        given().when()
                .get(PROJECTS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"));
    }

    private static Map<String, Object> signing(String brokerNumber) {
        return Map.of(
                "agreementDate",
                today().toString(),
                "parties",
                List.of(Map.of("name", "甲方"), Map.of("name", "乙方")),
                "brokerCertificateNumber",
                brokerNumber);
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }
}
