package cn.chuanyu.alliance.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.offer.OfferStatus;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchingTest {

    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    @Inject
    BoardItems items;

    @Test
    void anOfferIsMatchedWithDemandsSharingItsKeywordsBestFirstAndViceVersa() {
        UUID offer = offer("新型有机钾离子电池成果转化", List.of("钾离子电池", "有机电极材料"), List.of("化学", "新材料"));
        UUID strong = demand("chongqing", "钾离子电池材料联合攻关", List.of("钾离子电池", "有机电极材料"), List.of("新材料"));
        UUID weak = demand("chengdu", "储能电池回收", List.of("电池回收"), List.of("新材料"));
        UUID unrelated = demand("rongchang", "兽药研发合作", List.of("兽药"), List.of("生物医药"));

        given().when()
                .get("/api/alliance/matches/offers/" + offer + "/demands")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo(strong.toString()))
                .body("[0].sharedKeywords", equalTo(List.of("钾离子电池", "有机电极材料")))
                .body("id", hasItem(weak.toString()))
                .body("id", not(hasItem(unrelated.toString())));
        given().when()
                .get("/api/alliance/matches/demands/" + strong + "/offers")
                .then()
                .statusCode(200)
                .body("id", hasItem(offer.toString()));
        given().when()
                .get("/api/alliance/matches/demands/" + UUID.randomUUID() + "/offers")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private UUID demand(String zone, String title, List<String> keywords, List<String> industries) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var item = items.draft(
                    new BoardItemRequest(
                            zone,
                            BoardItemKind.DEMAND,
                            title,
                            title + "，欢迎对接。",
                            industries,
                            keywords,
                            "联盟秘书处",
                            null,
                            null,
                            LocalDate.of(2020, 12, 6),
                            LocalDate.of(2099, 12, 31),
                            null),
                    SECRETARIAT);
            return items.publish(item.id, SECRETARIAT).id;
        });
    }

    private static UUID offer(String title, List<String> keywords, List<String> disciplines) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var offer = new TechnologyOffer();
            offer.id = UUID.randomUUID();
            offer.sourceType = "conference-intent";
            offer.sourceId = UUID.randomUUID().toString();
            offer.sourceLink = "/api/conference/intents/" + offer.sourceId;
            offer.kind = "OFFER";
            offer.title = title;
            offer.summary = "希望与重庆的化学、材料等领域的科技工作者联合攻关。";
            offer.disciplines = disciplines;
            offer.keywords = keywords;
            offer.partnerTypesSought = List.of("ENTERPRISE");
            offer.regionsSought = List.of("CHONGQING");
            offer.offeredBy = "fancong";
            offer.institution = "电子科技大学";
            offer.status = OfferStatus.ACTIVE;
            offer.publishedAt = Instant.now();
            offer.persist();
            return offer.id;
        });
    }
}
