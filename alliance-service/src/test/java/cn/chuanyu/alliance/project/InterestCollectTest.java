package cn.chuanyu.alliance.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.interest.ExpresserRole;
import cn.chuanyu.alliance.interest.Interest;
import cn.chuanyu.alliance.interest.InterestRequests;
import cn.chuanyu.alliance.interest.Interests;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 项目收集 from an expression of interest: the lead zone cites an accepted interest in the demand as the proposal. */
@QuarkusTest
class InterestCollectTest {

    private static final String PROJECTS = "/api/alliance/projects";
    private static final Interest.Expresser CHONGQING_OFFICER =
            new Interest.Expresser("officer-chongqing", ExpresserRole.ZONE_OFFICER, "chongqing");
    private static final Interest.Expresser COMPANY =
            new Interest.Expresser("company-rep-collect", ExpresserRole.COMPANY_REPRESENTATIVE, null);

    @Inject
    BoardItems items;

    @Inject
    WorkChain chain;

    @Inject
    Interests interests;

    WorkChainFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkChainFixtures(items, chain);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void theLeadZoneCollectsAnAcceptedInterestInItsDemandAndTheTransitionCitesIt() {
        UUID demand = fixtures.published("chengdu", BoardItemKind.DEMAND, "锂电池隔膜国产化需求");
        UUID project = started(demand);
        UUID otherDemand = fixtures.published("chengdu", BoardItemKind.DEMAND, "另一项隔膜需求");
        UUID elsewhere = accepted(expressed(CHONGQING_OFFICER, otherDemand));
        UUID pending = expressed(COMPANY, demand);
        UUID accepted = accepted(expressed(CHONGQING_OFFICER, demand));

        collect(project, Map.of("interestId", elsewhere))
                .statusCode(409)
                .body("type", containsString("/work-chain-rule"))
                .body("detail", containsString("不是对本项目需求"));
        collect(project, Map.of("interestId", pending)).statusCode(409).body("detail", containsString("PENDING，尚未被接受"));
        collect(project, Map.of("interestId", UUID.randomUUID())).statusCode(409);
        collect(project, Map.of("interestId", accepted, "proposalItemId", UUID.randomUUID()))
                .statusCode(400)
                .body("type", containsString("/one-proposal"));
        given().when().get(PROJECTS + "/" + project).then().body("stage", equalTo("DEMAND_PUBLISHED"));

        collect(project, Map.of("interestId", accepted, "note", "重庆高新区意向方提供隔膜中试线"))
                .statusCode(200)
                .body("stage", equalTo("PROJECT_COLLECTED"))
                .body("proposalInterestId", equalTo(accepted.toString()))
                .body("proposalItemId", equalTo(null))
                .body("partnerZones", contains("chongqing"));
        given().when()
                .get(PROJECTS + "/" + project + "/transitions")
                .then()
                .statusCode(200)
                .body("[1].to", equalTo("PROJECT_COLLECTED"))
                .body("[1].interestId", equalTo(accepted.toString()))
                .body("[1].note", equalTo("重庆高新区意向方提供隔膜中试线"))
                .body("[0].interestId", equalTo(null));
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void anotherZonesOfficerCannotCollectEvenTheirOwnAcceptedInterest() {
        UUID demand = fixtures.published("chengdu", BoardItemKind.DEMAND, "他区不可收集需求");
        UUID project = started(demand);
        UUID accepted = accepted(expressed(CHONGQING_OFFICER, demand));
        collect(project, Map.of("interestId", accepted)).statusCode(403);
        given().when().get(PROJECTS + "/" + project).then().body("stage", equalTo("DEMAND_PUBLISHED"));
        assertThatThrownBy(() -> chain.collect(
                        project,
                        new WorkChainRequests.Collect(null, null, null, accepted),
                        WorkChainFixtures.CHONGQING))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(403));
    }

    private static ValidatableResponse collect(UUID project, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(PROJECTS + "/" + project + "/collection")
                .then();
    }

    private UUID started(UUID demand) {
        return QuarkusTransaction.requiringNew()
                .call(() -> chain.start(new WorkChainRequests.Start(demand, null, null), WorkChainFixtures.CHENGDU).id);
    }

    private UUID expressed(Interest.Expresser expresser, UUID item) {
        return QuarkusTransaction.requiringNew()
                .call(() -> interests.express(
                                new InterestRequests.Express(
                                        item,
                                        null,
                                        "重庆隔膜材料研究院",
                                        "周工",
                                        "zhou@example.cn",
                                        null,
                                        "我们有成熟的湿法隔膜工艺，希望参与。",
                                        true),
                                expresser)
                        .id);
    }

    private UUID accepted(UUID interest) {
        QuarkusTransaction.requiringNew()
                .run(() -> interests.accept(
                        interest, new InterestRequests.Accept(null, "同意对接"), WorkChainFixtures.CHENGDU));
        return interest;
    }
}
