package cn.chuanyu.alliance.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.interest.DeclineReason;
import cn.chuanyu.alliance.interest.ExpresserRole;
import cn.chuanyu.alliance.interest.Interest;
import cn.chuanyu.alliance.interest.InterestRequests;
import cn.chuanyu.alliance.interest.Interests;
import cn.chuanyu.alliance.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A release's items show how much interest they drew, as of now: expressed (not withdrawn) and accepted. */
@QuarkusTest
class ReleaseInterestCountTest {

    @Inject
    Interests interests;

    @Test
    void aReleasedItemCountsItsInterestsLiveWithoutWithdrawnOnes() {
        UUID round = ReleaseFixtures.openRound("意向计数");
        UUID demand = ReleaseFixtures.published("chengdu", BoardItemKind.DEMAND, "意向计数需求");
        UUID quiet = ReleaseFixtures.published("chengdu", BoardItemKind.RESOURCE, "无人问津的资源");
        ReleaseFixtures.submit(round, demand);
        ReleaseFixtures.submit(round, quiet);
        ReleaseFixtures.close(round);
        ReleaseFixtures.publish(round);

        Caller chengdu = new Caller("officer-chengdu", "chengdu", false);
        UUID accepted = express("company-rep", ExpresserRole.COMPANY_REPRESENTATIVE, demand);
        UUID declined = express("fancong", ExpresserRole.RESEARCHER, demand);
        UUID withdrawn = express("guochao", ExpresserRole.RESEARCHER, demand);
        QuarkusTransaction.requiringNew().run(() -> {
            interests.accept(accepted, new InterestRequests.Accept(null, null), chengdu);
            interests.decline(
                    declined, new InterestRequests.Decline(null, DeclineReason.BENEFIT_UNCLEAR, null), chengdu);
            interests.withdraw(withdrawn, new InterestRequests.Withdraw(null), new Caller("guochao", null, false));
        });

        given().queryParam("kind", "DEMAND")
                .when()
                .get("/api/alliance/releases/" + round)
                .then()
                .statusCode(200)
                .body("items[0].itemId", equalTo(demand.toString()))
                .body("items[0].interestsExpressed", equalTo(2))
                .body("items[0].interestsAccepted", equalTo(1));
        given().queryParam("kind", "RESOURCE")
                .when()
                .get("/api/alliance/releases/" + round)
                .then()
                .statusCode(200)
                .body("items[0].interestsExpressed", equalTo(0))
                .body("items[0].interestsAccepted", equalTo(0));
    }

    private UUID express(String user, ExpresserRole role, UUID item) {
        return QuarkusTransaction.requiringNew()
                .call(() -> interests.express(
                                new InterestRequests.Express(
                                        item, null, "重庆易智网公司", "联系人", null, "023-68000000", "希望对接", true),
                                new Interest.Expresser(user, role, null))
                        .id);
    }
}
