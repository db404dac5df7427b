package cn.chuanyu.conference.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.PaperRequest;
import cn.chuanyu.conference.paper.Papers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrossRegionStatisticsTest {

    @Inject
    Papers papers;

    @Test
    void shareOfSichuanChongqingPapersPerConferenceAndInstitution() {
        UUID conference = ConferenceFixtures.withOpenCall();
        submit(conference, PaperFixtures.cropGenetics()); // 四川大学玉米研究所 + 西南大学: cross-region
        submit(
                conference,
                new PaperRequest(
                        ConferenceFixtures.ENERGY_MATERIALS,
                        "钙钛矿太阳能电池",
                        "摘要",
                        List.of(),
                        List.of(new Author("臧志刚", null, "重庆大学光电工程学院", Region.CHONGQING, true)),
                        null));
        submit(
                conference,
                new PaperRequest(
                        ConferenceFixtures.LIFE_SCIENCES,
                        "玉米籽粒发育",
                        "摘要",
                        List.of(),
                        List.of(new Author("郭超", null, "四川大学玉米研究所", Region.SICHUAN, true)),
                        null));

        JsonPath report = given().when()
                .get("/api/conference/statistics/cross-region/" + conference)
                .then()
                .statusCode(200)
                .body("overall.papers", equalTo(3))
                .body("overall.crossRegionPapers", equalTo(1))
                .body("institutions.find { it.institution == '四川大学玉米研究所' }.papers", equalTo(2))
                .body("institutions.find { it.institution == '重庆大学光电工程学院' }.crossRegionPapers", equalTo(0))
                .extract()
                .jsonPath();
        assertThat(report.getDouble("overall.share")).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(report.getDouble("institutions.find { it.institution == '四川大学玉米研究所' }.share"))
                .isCloseTo(0.5, within(1e-6));
        assertThat(report.getDouble("institutions.find { it.institution == '西南大学' }.share"))
                .isCloseTo(1.0, within(1e-6));
    }

    @Test
    void aConferenceWithoutPapersHasNoShare() {
        UUID conference = ConferenceFixtures.withOpenCall();
        given().when()
                .get("/api/conference/statistics/cross-region/" + conference)
                .then()
                .statusCode(200)
                .body("overall.papers", equalTo(0))
                .body("overall.share", equalTo(null));
    }

    private void submit(UUID conference, PaperRequest request) {
        QuarkusTransaction.requiringNew().run(() -> papers.submit(conference, request, PaperFixtures.GUO_CHAO));
    }
}
