package cn.chuanyu.alliance.interest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.broker.CertificateEvents;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.offer.OfferStatus;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Expressions of interest over REST, each test as one of the people involved; the others act through the service. */
@QuarkusTest
class InterestTest {

    private static final String INTERESTS = "/api/alliance/interests";
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);
    private static final Caller CHENGDU = new Caller("officer-chengdu", "chengdu", false);
    private static final Interest.Expresser COMPANY =
            new Interest.Expresser("company-rep", ExpresserRole.COMPANY_REPRESENTATIVE, null);
    private static final Interest.Expresser CHONGQING_OFFICER =
            new Interest.Expresser("officer-chongqing", ExpresserRole.ZONE_OFFICER, "chongqing");

    @Inject
    BoardItems items;

    @Inject
    Interests interests;

    @Test
    @TestSecurity(user = "company-rep", roles = "company-representative")
    void aCompanyRepresentativeExpressesInterestInChineseAndReadsItBack() {
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "动力电池回收技术需求");
        String location = given().contentType(ContentType.JSON)
                .body(expression(demand, null))
                .when()
                .post(INTERESTS)
                .then()
                .statusCode(201)
                .header("Location", containsString(INTERESTS + "/"))
                .body("status", equalTo("PENDING"))
                .body("boardItemId", equalTo(demand.toString()))
                .body("offerId", nullValue())
                .body("ownerZone", equalTo("chengdu"))
                .body("expressedBy", equalTo("company-rep"))
                .body("expresserRole", equalTo("COMPANY_REPRESENTATIVE"))
                .body("expresserZone", nullValue())
                .extract()
                .header("Location");
        String path = location.substring(location.indexOf(INTERESTS));
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("organisation", equalTo("重庆易智网公司"))
                .body("contactName", equalTo("刘经理"))
                .body("message", equalTo("我公司在动力电池回收检测方面有成熟设备，\n希望与贵区企业对接。"))
                .body("contactEmail", equalTo("liu@yizhi.example"));
        given().queryParam("size", 100)
                .when()
                .get(INTERESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(path.substring(path.lastIndexOf('/') + 1)));
    }

    @Test
    @TestSecurity(user = "company-rep", roles = "company-representative")
    void badExpressionsAreRefusedAndLeaveNoInterest() {
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "无效意向测试需求");
        Map<String, Object> noConsent = expression(demand, null);
        noConsent.put("contactConsent", false);
        refused(noConsent, 400, "/validation");
        Map<String, Object> noContact = expression(demand, null);
        noContact.put("contactEmail", null);
        noContact.put("contactPhone", null);
        refused(noContact, 400, "/contact-required");
        Map<String, Object> twoTargets = expression(demand, offerBy("fancong", "两个目标的成果"));
        refused(twoTargets, 400, "/one-target");
        refused(expression(UUID.randomUUID(), null), 404, "/not-found");

        UUID withdrawn = published("chengdu", BoardItemKind.DEMAND, "已撤下的需求");
        QuarkusTransaction.requiringNew().run(() -> items.withdraw(withdrawn, SECRETARIAT));
        refused(expression(withdrawn, null), 409, "/target-not-open");

        assertThat(count(demand)).isZero();
        assertThat(count(withdrawn)).isZero();
    }

    @Test
    @TestSecurity(user = "company-rep", roles = "company-representative")
    void oneOpenInterestPerPersonAndTargetEvenWhenSentTwiceAtOnce() throws Exception {
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "并发意向需求");
        given().contentType(ContentType.JSON)
                .body(expression(demand, null))
                .post(INTERESTS)
                .then()
                .statusCode(201);
        refused(expression(demand, null), 409, "/interest-exists");

        UUID other = published("chengdu", BoardItemKind.RESOURCE, "并发意向资源");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> once = () -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> interests.express(request(other, null), COMPANY));
                    return true;
                } catch (ProblemException refused) {
                    assertThat(refused.problem().status()).isEqualTo(409);
                    return false;
                }
            };
            Future<Boolean> first = pool.submit(once);
            Future<Boolean> second = pool.submit(once);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(count(other)).isEqualTo(1);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void theOwningZoneAcceptsIntroducesThroughACertifiedBrokerAndDeclinesWithAReason() {
        String broker;
        try (var training = TestEventProducer.create()) {
            broker = CertificateEvents.certifiedToday(training, "王芳");
        }
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "意向答复需求");
        UUID accepted = expressedBy(COMPANY, demand);
        UUID declined = expressedBy(CHONGQING_OFFICER, demand);

        step(accepted, "introduction", Map.of("brokerCertificateNumber", broker))
                .then()
                .statusCode(409)
                .body("type", containsString("/illegal-transition"));
        step(accepted, "acceptance", Map.of("note", "欢迎对接，请与李主任联系"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decidedBy", equalTo("officer-chengdu"))
                .body("decisionNote", equalTo("欢迎对接，请与李主任联系"));
        step(accepted, "introduction", Map.of("brokerCertificateNumber", "NTTB-NOT-ON-ROSTER"))
                .then()
                .statusCode(409)
                .body("type", containsString("/broker-not-certified"));
        step(accepted, "introduction", Map.of("brokerCertificateNumber", broker, "note", "由技术经纪人组织双方首次会谈"))
                .then()
                .statusCode(200)
                .body("status", equalTo("INTRODUCED"))
                .body("brokerCertificateNumber", equalTo(broker))
                .body("brokerName", equalTo("王芳"))
                .body("introductionNote", equalTo("由技术经纪人组织双方首次会谈"));

        step(declined, "declination", Map.of("reason", "OTHER"))
                .then()
                .statusCode(400)
                .body("type", containsString("/note-required"));
        assertThat(status(declined)).isEqualTo(InterestStatus.PENDING);
        step(declined, "declination", Map.of("reason", "TOO_EARLY", "note", "需求仍在论证，明年再议"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("TOO_EARLY"));
        step(declined, "acceptance", Map.of()).then().statusCode(409);

        given().queryParam("box", "RECEIVED")
                .queryParam("boardItemId", demand)
                .when()
                .get(INTERESTS)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", hasItem("INTRODUCED"))
                .body("items.status", hasItem("DECLINED"));
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void anOfficerOfAnotherZoneNeitherSeesNorAnswersAnInterestAndCannotAnswerTheirOwnZone() {
        UUID chengduDemand = published("chengdu", BoardItemKind.DEMAND, "他区意向需求");
        UUID hidden = expressedBy(COMPANY, chengduDemand);
        given().when().get(INTERESTS + "/" + hidden).then().statusCode(404);
        step(hidden, "acceptance", Map.of()).then().statusCode(404);
        step(hidden, "withdrawal", Map.of()).then().statusCode(404);
        given().queryParam("box", "RECEIVED")
                .queryParam("size", 100)
                .when()
                .get(INTERESTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(hidden.toString())));
        assertThat(status(hidden)).isEqualTo(InterestStatus.PENDING);

        UUID own = published("chongqing", BoardItemKind.RESOURCE, "本区资源");
        refused(expression(own, null), 400, "/same-zone");

        // an officer's own interest in another zone's item: the officer withdraws it, the owner cannot any more
        UUID mine = expressedBy(CHONGQING_OFFICER, chengduDemand);
        step(mine, "withdrawal", Map.of("version", 0)).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        step(mine, "acceptance", Map.of()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void anOffersAuthorAnswersInterestsInTheirOfferButNotInOthers() {
        UUID mine = offerBy("fancong", "新型有机钾离子电池成果转化");
        UUID theirs = offerBy("guochao", "玉米新品种成果转化");
        refused(expression(null, mine), 400, "/own-offer");
        UUID inMine = expressedBy(COMPANY, null, mine);
        UUID inTheirs = expressedBy(COMPANY, null, theirs);
        step(inMine, "acceptance", Map.of())
                .then()
                .statusCode(200)
                .body("ownerUser", equalTo("fancong"))
                .body("status", equalTo("ACCEPTED"));
        step(inTheirs, "acceptance", Map.of()).then().statusCode(404);
        assertThat(status(inTheirs)).isEqualTo(InterestStatus.PENDING);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void eachStepIsPublishedOnTheInternalTopicWithoutContactDetails() throws Exception {
        try (var topic = TopicRecorder.of(InterestEvents.TOPIC)) {
            UUID demand = published("chengdu", BoardItemKind.DEMAND, "事件意向需求");
            UUID id = expressedBy(COMPANY, demand);
            var expressed = topic.awaitEventAbout(id.toString(), InterestEvents.EXPRESSED);
            EventSchemas.assertConforms(expressed);
            assertThat(expressed.data())
                    .contains("\"targetTitle\":\"事件意向需求\"")
                    .contains("\"ownerZone\":\"chengdu\"")
                    .contains("\"organisation\":\"重庆易智网公司\"")
                    .doesNotContain("liu@yizhi.example")
                    .doesNotContain("023-68000000");

            step(id, "declination", Map.of("reason", "OUTSIDE_SCOPE")).then().statusCode(200);
            var answered = topic.awaitEventAbout(id.toString(), InterestEvents.ANSWERED);
            EventSchemas.assertConforms(answered);
            assertThat(answered.data())
                    .contains("\"answer\":\"DECLINED\"")
                    .contains("\"declineReason\":\"OUTSIDE_SCOPE\"")
                    .contains("\"answeredBy\":\"officer-chengdu\"");
        }
    }

    private Response step(UUID id, String step, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(INTERESTS + "/" + id + "/" + step);
    }

    private static void refused(Map<String, Object> body, int status, String type) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(INTERESTS)
                .then()
                .statusCode(status)
                .body("type", containsString(type));
    }

    private UUID expressedBy(Interest.Expresser expresser, UUID item) {
        return expressedBy(expresser, item, null);
    }

    private UUID expressedBy(Interest.Expresser expresser, UUID item, UUID offer) {
        return QuarkusTransaction.requiringNew().call(() -> interests.express(request(item, offer), expresser).id);
    }

    private static InterestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Interest.<Interest>findById(id).status);
    }

    private static long count(UUID item) {
        return QuarkusTransaction.requiringNew().call(() -> Interest.count("boardItemId", item));
    }

    private static InterestRequests.Express request(UUID item, UUID offer) {
        return new InterestRequests.Express(
                item, offer, "重庆易智网公司", "刘经理", "liu@yizhi.example", "023-68000000", "希望对接。", true);
    }

    private static Map<String, Object> expression(UUID item, UUID offer) {
        Map<String, Object> body = new HashMap<>();
        body.put("boardItemId", item);
        body.put("offerId", offer);
        body.put("organisation", "重庆易智网公司");
        body.put("contactName", "刘经理");
        body.put("contactEmail", "liu@yizhi.example");
        body.put("contactPhone", "023-68000000");
        body.put("message", "我公司在动力电池回收检测方面有成熟设备，\n希望与贵区企业对接。");
        body.put("contactConsent", true);
        return body;
    }

    private UUID published(String zone, BoardItemKind kind, String title) {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        return QuarkusTransaction.requiringNew().call(() -> {
            BoardItem item = items.draft(
                    new BoardItemRequest(
                            zone,
                            kind,
                            title,
                            title + "：详细说明",
                            List.of("新能源"),
                            List.of("电池"),
                            "李主任",
                            "028-12345678",
                            null,
                            today.minusDays(1),
                            today.plusYears(1),
                            null),
                    SECRETARIAT);
            return items.publish(item.id, SECRETARIAT).id;
        });
    }

    /** An active offer in the read model, as the conference context's intent event would leave it. */
    private static UUID offerBy(String author, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var offer = new TechnologyOffer();
            offer.id = UUID.randomUUID();
            offer.sourceType = "conference-intent";
            offer.sourceId = UUID.randomUUID().toString();
            offer.sourceLink = "/api/conference/intents/" + offer.sourceId;
            offer.kind = "OFFER";
            offer.title = title;
            offer.summary = title + "：摘要";
            offer.disciplines = List.of("化学");
            offer.keywords = List.of("电池");
            offer.partnerTypesSought = List.of("ENTERPRISE");
            offer.regionsSought = List.of("CHONGQING");
            offer.offeredBy = author;
            offer.status = OfferStatus.ACTIVE;
            offer.publishedAt = Instant.now();
            offer.persist();
            return offer.id;
        });
    }
}
