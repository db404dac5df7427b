package cn.chuanyu.training.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.training.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistryTest {

    private static final String CONTRACTS = "/api/training/technology-contracts";
    private static final String INSTITUTIONS = "/api/training/demonstration-institutions";

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aPublishedTotalWithoutBreakdownIsKeptAsTheYearsTotal() {
        exact().contentType(ContentType.JSON)
                .body(Map.of("reportedTotal", 15040000000L, "source", "2019年全社会技术合同金额达到150.4亿元"))
                .when()
                .put(CONTRACTS + "/CHONGQING/2001")
                .then()
                .statusCode(200)
                .body("total", equalTo(new BigDecimal("15040000000.00")))
                .body("typesTotal", equalTo(new BigDecimal("0.00")))
                .body("unallocated", equalTo(new BigDecimal("15040000000.00")));
        exact().when()
                .get(CONTRACTS + "/CHONGQING/2001")
                .then()
                .statusCode(200)
                .body("source", equalTo("2019年全社会技术合同金额达到150.4亿元"))
                .body("reportedTotal", equalTo(new BigDecimal("15040000000.00")));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void figuresByContractTypeAddUpPerYearAndAcrossYears() {
        exact().contentType(ContentType.JSON)
                .body(Map.of("development", 100, "transfer", 50, "service", 30, "consulting", 20, "reportedTotal", 250))
                .when()
                .put(CONTRACTS + "/SICHUAN/2002")
                .then()
                .statusCode(200)
                .body("byType.development", equalTo(new BigDecimal("100.00")))
                .body("byType.consulting", equalTo(new BigDecimal("20.00")))
                .body("typesTotal", equalTo(new BigDecimal("200.00")))
                .body("unallocated", equalTo(new BigDecimal("50.00")))
                .body("total", equalTo(new BigDecimal("250.00")));
        exact().contentType(ContentType.JSON)
                .body(Map.of("development", 70.5, "service", 29.5))
                .when()
                .put(CONTRACTS + "/SICHUAN/2003")
                .then()
                .statusCode(200)
                .body("total", equalTo(new BigDecimal("100.00")))
                .body("byType.transfer", equalTo(null))
                .body("reportedTotal", equalTo(null));

        exact().queryParam("region", "SICHUAN")
                .queryParam("from", 2002)
                .queryParam("to", 2003)
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(200)
                .body("years.year", contains(2002, 2003))
                .body("total", equalTo(new BigDecimal("350.00")));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void inconsistentOrMissingFiguresAreRefusedAndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body(Map.of("development", 300, "reportedTotal", 250))
                .when()
                .put(CONTRACTS + "/CHONGQING/2004")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/inconsistent-total"));
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "无数据"))
                .when()
                .put(CONTRACTS + "/CHONGQING/2004")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/no-figures"));
        given().contentType(ContentType.JSON)
                .body(Map.of("transfer", -1))
                .when()
                .put(CONTRACTS + "/CHONGQING/2004")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/validation"));
        given().contentType(ContentType.JSON)
                .body(Map.of("transfer", 1))
                .when()
                .put(CONTRACTS + "/CHONGQING/1850")
                .then()
                .statusCode(400);
        given().when().get(CONTRACTS + "/CHONGQING/2004").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void reportedCountsOfDemonstrationInstitutionsAreKeptPerLevelAndYear() {
        report("NATIONAL", 2005, 8).then().statusCode(200);
        report("MUNICIPAL", 2005, 22).then().statusCode(200);
        report("MUNICIPAL", 2005, 23).then().statusCode(200).body("count", equalTo(23));

        var counts = given().queryParam("region", "CHONGQING")
                .queryParam("size", 100)
                .when()
                .get(INSTITUTIONS + "/counts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.asOfYear == 2005 }.count", Integer.class);
        assertThat(counts).containsExactlyInAnyOrder(8, 23);
        given().contentType(ContentType.JSON)
                .body(Map.of("region", "CHONGQING", "level", "NATIONAL", "asOfYear", 2005, "count", -8))
                .when()
                .put(INSTITUTIONS + "/counts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("count"));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void namedInstitutionsAreRegisteredOncePerLevelAndListedByRegionAndLevel() {
        String name = TrainingFixtures.unique("重庆技术评估与转移服务中心");
        Map<String, Object> request = new HashMap<>(Map.of(
                "name",
                name,
                "level",
                "MUNICIPAL",
                "region",
                "CHONGQING",
                "recognisedIn",
                2018,
                "description",
                "技术评估、技术合同登记与技术转移服务"));
        String id = given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(INSTITUTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(INSTITUTIONS)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-registered"));

        given().queryParam("region", "CHONGQING")
                .queryParam("level", "MUNICIPAL")
                .queryParam("size", 100)
                .when()
                .get(INSTITUTIONS)
                .then()
                .body("items.id", hasItem(id));
        given().queryParam("level", "NATIONAL")
                .queryParam("size", 100)
                .when()
                .get(INSTITUTIONS)
                .then()
                .body("items.id", not(hasItem(id)));
        given().when()
                .get(INSTITUTIONS + "/" + id)
                .then()
                .body("name", equalTo(name))
                .body("description", equalTo("技术评估、技术合同登记与技术转移服务"));
    }

    @Test
    @TestSecurity(user = "registry-trainee", roles = "trainee")
    void onlyTrainingAdministratorsWriteTheRegistry() {
        given().contentType(ContentType.JSON)
                .body(Map.of("reportedTotal", 1))
                .when()
                .put(CONTRACTS + "/CHONGQING/2006")
                .then()
                .statusCode(403);
        report("NATIONAL", 2006, 1).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "某机构", "level", "NATIONAL", "region", "SICHUAN"))
                .when()
                .post(INSTITUTIONS)
                .then()
                .statusCode(403);
        given().queryParam("region", "CHONGQING")
                .when()
                .get(INSTITUTIONS + "/counts")
                .then()
                .statusCode(200)
                .body("items.asOfYear", not(hasItems(2006)));
    }

    private static Response report(String level, int year, int count) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("region", "CHONGQING", "level", level, "asOfYear", year, "count", count, "source", "重庆日报"))
                .when()
                .put(INSTITUTIONS + "/counts");
    }

    /** Reads JSON numbers as BigDecimal, so that amounts in yuan compare exactly. */
    private static RequestSpecification exact() {
        return given().config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }
}
