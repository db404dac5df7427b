package cn.chuanyu.alliance.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoWorkChainTest {

    @Inject
    DemoWorkChain demo;

    @Inject
    BoardItems items;

    @Test
    void theDemoProjectIsCollectedOnceAndWaitsForSigning() {
        UUID demand = publish("chengdu", BoardItemKind.DEMAND, DemoWorkChain.DEMAND);
        publish("panzhihua", BoardItemKind.RESOURCE, DemoWorkChain.RESOURCE);

        QuarkusTransaction.requiringNew().run(demo::loadOnce);
        QuarkusTransaction.requiringNew().run(demo::loadOnce);

        given().queryParam("zone", "panzhihua")
                .queryParam("stage", "PROJECT_COLLECTED")
                .queryParam("size", 100)
                .when()
                .get("/api/alliance/projects")
                .then()
                .statusCode(200)
                .body("items.findAll { it.demandItemId == '" + demand + "' }", hasSize(1))
                .body("items.find { it.demandItemId == '" + demand + "' }.title", equalTo("动力电池回收材料检测联合攻关项目"))
                .body("items.find { it.demandItemId == '" + demand + "' }.partnerZones", contains("panzhihua"));
    }

    private UUID publish(String zone, BoardItemKind kind, String title) {
        var secretariat = new Caller("secretariat", null, true);
        return QuarkusTransaction.requiringNew().call(() -> {
            var draft = items.draft(
                    new BoardItemRequest(
                            zone,
                            kind,
                            title,
                            title + "。",
                            List.of("新材料"),
                            List.of("电池回收"),
                            "联盟秘书处",
                            null,
                            null,
                            LocalDate.of(2020, 12, 6),
                            LocalDate.of(2099, 12, 31),
                            null),
                    secretariat);
            return items.publish(draft.id, secretariat).id;
        });
    }
}
