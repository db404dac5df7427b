package cn.chuanyu.training.programme;

import static cn.chuanyu.training.RequestJson.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.web.PageOf;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainingProgrammeResourceTest {

    private static final String PROGRAMMES = "/api/training/programmes";

    @Test
    @TestSecurity(user = ProgrammeFixtures.ADMIN, roles = "training-admin")
    void adminCreatesThe2020PrimaryBrokerProgrammeWhichReadsBackInChineseExactly() {
        var created = given().contentType(ContentType.JSON)
                .body(json(ProgrammeFixtures.primaryBrokers2020()))
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PROGRAMMES + "/" + id);

        given().when()
                .get(PROGRAMMES + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("2020年成渝地区双城经济圈初级技术经纪人培训班"))
                .body("level", equalTo("PRIMARY"))
                .body("organisers", contains("重庆市科学技术研究院", "国家技术转移西南中心"))
                .body("executors", contains("重庆技术评估与转移服务中心", "重庆易智网公司", "重庆市技术转移服务技术创新战略联盟"))
                .body("venue", equalTo("易智网总部基地"))
                .body("startsOn", equalTo("2020-12-10"))
                .body("endsOn", equalTo("2020-12-24"))
                .body("capacity", equalTo(170))
                .body("teachingMode", equalTo("BLENDED"))
                .body("createdBy", equalTo(ProgrammeFixtures.ADMIN))
                .body("version", equalTo(0));
    }

    @Test
    void anonymousCallerCannotCreateAProgramme() {
        given().contentType(ContentType.JSON)
                .body(json(ProgrammeFixtures.primaryBrokers2020()))
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/unauthenticated"));
    }

    @Test
    @TestSecurity(user = "trainee1", roles = "trainee")
    void traineeCannotCreateAProgramme() {
        given().contentType(ContentType.JSON)
                .body(json(ProgrammeFixtures.primaryBrokers2020()))
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = ProgrammeFixtures.ADMIN, roles = "training-admin")
    void invalidProgrammeIsRefusedFieldByFieldAndNothingIsStored() {
        long before = total();
        var base = ProgrammeFixtures.primaryBrokers2020();
        var invalid = new CreateProgrammeRequest(
                " ",
                base.level(),
                base.organisers(),
                base.executors(),
                base.venue(),
                base.startsOn(),
                base.endsOn(),
                0,
                base.teachingMode());

        given().contentType(ContentType.JSON)
                .body(json(invalid))
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("errors.field", hasItems("name", "capacity"));

        assertThat(total()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = ProgrammeFixtures.ADMIN, roles = "training-admin")
    void programmeEndingBeforeItStartsIsRefusedAndNothingIsStored() {
        long before = total();

        given().contentType(ContentType.JSON)
                .body(json(ProgrammeFixtures.running(LocalDate.of(2020, 12, 24), LocalDate.of(2020, 12, 10))))
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));

        assertThat(total()).isEqualTo(before);
    }

    @Test
    void unknownProgrammeIsAProblem() {
        given().when()
                .get(PROGRAMMES + "/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"));
    }

    @Test
    @TestSecurity(user = ProgrammeFixtures.ADMIN, roles = "training-admin")
    void listingFiltersByBrokerLevel() {
        String primary = create(ProgrammeFixtures.at(BrokerLevel.PRIMARY, "初级技术经纪人培训班（筛选）"));
        String intermediate = create(ProgrammeFixtures.at(BrokerLevel.INTERMEDIATE, "中级技术经纪人培训班（筛选）"));

        given().queryParam("level", "INTERMEDIATE")
                .queryParam("size", PageOf.MAX_SIZE)
                .when()
                .get(PROGRAMMES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(intermediate))
                .body("items.id", not(hasItem(primary)))
                .body("items.level", everyItem(equalTo("INTERMEDIATE")));
        // unfiltered, page by page: the 2020 dates of these two put them after every programme other tests made
        List<String> all = new ArrayList<>();
        for (int page = 0; all.size() == page * PageOf.MAX_SIZE; page++) {
            all.addAll(given().queryParam("size", PageOf.MAX_SIZE)
                    .queryParam("page", page)
                    .when()
                    .get(PROGRAMMES)
                    .then()
                    .statusCode(200)
                    .extract()
                    .<List<String>>path("items.id"));
        }
        assertThat(all).contains(primary, intermediate);
    }

    @Test
    void pageSizeAboveTheCapIsRefused() {
        given().queryParam("size", PageOf.MAX_SIZE + 1)
                .when()
                .get(PROGRAMMES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("errors[0].field", equalTo("size"));
    }

    private static String create(CreateProgrammeRequest request) {
        return given().contentType(ContentType.JSON)
                .body(json(request))
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static long total() {
        return given().when()
                .get(PROGRAMMES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
