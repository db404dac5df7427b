package cn.chuanyu.alliance.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.release.CollectionRound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoReleaseTest {

    @Inject
    DemoRelease demo;

    @Inject
    BoardItems items;

    @Test
    void theDemoReleaseHoldsTheDemoBoardsItemsAndIsPublishedOnceWhateverTheRestarts() {
        var secretariat = new Caller("secretariat", null, true);
        UUID item = QuarkusTransaction.requiringNew().call(() -> {
            var draft = items.draft(
                    new BoardItemRequest(
                            "leshan",
                            BoardItemKind.RESOURCE,
                            "乐山晶硅光伏检测资源",
                            "面向联盟成员开放多晶硅与光伏组件检测服务。",
                            List.of("新能源"),
                            List.of("晶硅光伏"),
                            "联盟秘书处",
                            null,
                            null,
                            LocalDate.of(2020, 12, 6),
                            LocalDate.of(2099, 12, 31),
                            null),
                    secretariat);
            return items.publish(draft.id, secretariat).id;
        });

        demo.loadOnce();
        demo.loadOnce();

        List<CollectionRound> rounds = QuarkusTransaction.requiringNew()
                .call(() -> CollectionRound.<CollectionRound>list("name", DemoRelease.NAME));
        assertThat(rounds).hasSize(1);
        given().when()
                .get("/api/alliance/releases/" + rounds.get(0).id)
                .then()
                .statusCode(200)
                .body("name", equalTo("2020年第四季度"))
                .body("periodEnd", equalTo("2020-12-31"))
                .body("items.itemId", hasItem(item.toString()));
    }
}
