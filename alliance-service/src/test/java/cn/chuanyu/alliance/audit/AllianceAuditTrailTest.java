package cn.chuanyu.alliance.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.audit.AuditFilter;
import cn.chuanyu.audit.AuditTrail;
import cn.chuanyu.audit.AuditedAggregates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alliance's audit trail (留痕): a zone officer's changes as the secretariat reads them, and nobody alters them. */
@QuarkusTest
class AllianceAuditTrailTest {

    private static final String ENTRIES = "/api/alliance/audit-entries";
    private static final String ITEMS = "/api/alliance/board-items";

    @Inject
    AuditTrail trail;

    @Inject
    AuditedAggregates aggregates;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(
            user = "officer-deyang",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "deyang"))
    void anOfficersDraftAndPublicationAreRecordedWithTheirZoneTheRequestAndTheStatusChange()
            throws JsonProcessingException {
        String id = draft("德阳高新区氢能装备检测需求", "audit-draft")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("X-Request-Id", "audit-publish-" + id)
                .when()
                .post(ITEMS + "/" + id + "/publication")
                .then()
                .statusCode(200);
        // publishing twice is refused and leaves no entry
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(409);

        JsonPath page = JsonPath.from(json.writeValueAsString(
                trail.page(AuditFilter.of(aggregates, "BoardItem", id, null, null, null), 0, 20)));
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(page.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(page.getString("items[0].actor")).isEqualTo("officer-deyang");
        assertThat(page.getString("items[0].zone")).isEqualTo("deyang");
        assertThat(page.getString("items[0].scope")).isEqualTo("deyang");
        assertThat(page.getString("items[0].requestId")).isEqualTo("audit-publish-" + id);
        assertThat(page.getString("items[0].changes.find { it.field == 'status' }.before"))
                .isEqualTo("DRAFT");
        assertThat(page.getString("items[0].changes.find { it.field == 'status' }.after"))
                .isEqualTo("PUBLISHED");
        assertThat(page.getList("items[0].changes.field")).doesNotContain("title", "description");
        assertThat(page.getString("items[1].action")).isEqualTo("CREATED");
        assertThat(page.getString("items[1].changes.find { it.field == 'title' }.after"))
                .isEqualTo("德阳高新区氢能装备检测需求");
    }

    @Test
    @TestSecurity(user = "secretariat-audit", roles = "alliance-secretariat")
    void theSecretariatFiltersByTheOwningZoneAndByTheActorsZone() {
        String luzhou = draftAsSecretariat("luzhou", "泸州高新区白酒酿造副产物综合利用需求");
        String zigong = draftAsSecretariat("zigong", "自贡高新区节能环保装备需求");

        JsonPath ownedByLuzhou = entries(Map.of("zone", "luzhou", "aggregateType", "BoardItem", "size", 100));
        assertThat(ownedByLuzhou.getList("items.scope", String.class)).containsOnly("luzhou");
        assertThat(ownedByLuzhou.getList("items.aggregateId", String.class))
                .contains(luzhou)
                .doesNotContain(zigong);
        // the secretariat acts for no zone of its own
        assertThat(entries(Map.of("aggregateId", luzhou)).getString("items[0].zone"))
                .isNull();
        assertThat(entries(Map.of("aggregateId", luzhou, "actorZone", "luzhou")).getLong("total"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "secretariat-audit", roles = "alliance-secretariat")
    void theDatabaseRefusesToAlterOrEraseTheTrail() {
        String id = draftAsSecretariat("luzhou", "泸州高新区留痕测试需求");
        for (String sql : List.of(
                "update board_item_aud set title = '篡改' where id = '" + id + "'",
                "delete from board_item_aud where id = '" + id + "'",
                "update audit_revision set zone = 'luzhou'",
                "truncate audit_revision cascade")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .run(() -> entityManager.createNativeQuery(sql).executeUpdate()))
                    .as(sql)
                    .hasStackTraceContaining("the audit trail is immutable");
        }
        assertThat(entries(Map.of("aggregateId", id)).getString("items[0].changes.find { it.field == 'title' }.after"))
                .isEqualTo("泸州高新区留痕测试需求");
    }

    @Test
    @TestSecurity(user = "secretariat-audit", roles = "alliance-secretariat")
    void theDocumentedTypesAreTheAuditedOnesAndBadFiltersAreProblems() {
        List<String> documented = given().when()
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath()
                .getList("paths.'" + ENTRIES + "'.get.parameters.find { it.name == 'aggregateType' }.schema.enum");
        assertThat(documented).containsExactlyElementsOf(aggregates.types());

        given().queryParam("aggregateType", "Paper")
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-audit-filter"));
        given().queryParam("page", -1).when().get(ENTRIES).then().statusCode(400);
        given().queryParam("zone", "z".repeat(31)).when().get(ENTRIES).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "ops", roles = "platform-admin")
    void aPlatformAdministratorReadsTheTrail() {
        given().queryParam("size", 1).when().get(ENTRIES).then().statusCode(200).body("size", equalTo(1));
    }

    @Test
    @TestSecurity(
            user = "officer-deyang",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "deyang"))
    void zoneOfficersCannotReadTheTrail() {
        given().when()
                .get(ENTRIES)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
    }

    private static String draftAsSecretariat(String zone, String title) {
        return given().contentType(ContentType.JSON)
                .body(demand(zone, title))
                .when()
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response draft(String title, String requestId) {
        return given().contentType(ContentType.JSON)
                .header("X-Request-Id", requestId)
                .body(demand("deyang", title))
                .when()
                .post(ITEMS);
    }

    private static JsonPath entries(Map<String, Object> query) {
        return given().queryParams(query)
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> demand(String zone, String title) {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        return Map.of(
                "zone",
                zone,
                "kind",
                "DEMAND",
                "title",
                title,
                "description",
                "园区企业寻求成熟技术及合作团队。",
                "industries",
                List.of("新能源"),
                "keywords",
                List.of("检测"),
                "contactName",
                "李主任",
                "validFrom",
                today.minusDays(1).toString(),
                "validUntil",
                today.plusMonths(6).toString());
    }
}
