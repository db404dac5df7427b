package cn.chuanyu.conference.manuscript;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.review.ReviewedPaper;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CameraReadyTest {

    @Inject
    CameraReadies cameraReadies;

    @Inject
    ConferenceClock clock;

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theSubmitterOfAnAcceptedPaperUploadsInsideTheWindowOnly() throws Exception {
        ReviewedPaper accepted = accepted();
        upload(accepted.paperId(), ManuscriptTest.pdf(2))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/no-camera-ready-window"));
        window(accepted, clock.today().minusDays(1), clock.today().plusDays(1));
        try (var topic = TopicRecorder.of(PaperEvents.TOPIC)) {
            String sha256 = upload(accepted.paperId(), ManuscriptTest.pdf(3))
                    .then()
                    .statusCode(201)
                    .body("version", equalTo(1))
                    .body("pages", equalTo(3))
                    .extract()
                    .path("sha256");

            var event = topic.awaitEventAbout(accepted.paperId().toString(), CameraReadyEvents.SUBMITTED);
            EventSchemas.assertConforms(event);
            assertThat(event.data())
                    .contains(
                            "\"version\":1",
                            "\"pages\":3",
                            sha256,
                            accepted.conferenceId().toString())
                    .doesNotContain(PaperFixtures.GUO_CHAO);
        }
        upload(accepted.paperId(), ManuscriptTest.pdf(4)).then().statusCode(201).body("version", equalTo(2));
        upload(accepted.paperId(), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII))
                .then()
                .statusCode(415);

        ReviewedPaper closed = accepted();
        window(closed, clock.today().minusDays(5), clock.today().minusDays(1));
        upload(closed.paperId(), ManuscriptTest.pdf(1))
                .then()
                .statusCode(409)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/camera-ready-window-closed"));

        ReviewedPaper underReview = ReviewedPaper.reviewedBy(expert());
        window(underReview, clock.today(), clock.today());
        upload(underReview.paperId(), ManuscriptTest.pdf(1))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/camera-ready-not-accepted"));
    }

    @Test
    @TestSecurity(user = "someone-else", roles = "researcher")
    void anotherResearcherFindsNoPaperAndNoProceedings() throws Exception {
        ReviewedPaper accepted = accepted();
        window(accepted, clock.today(), clock.today());
        upload(accepted.paperId(), ManuscriptTest.pdf(1)).then().statusCode(404);
        given().when().get(proceedings(accepted.conferenceId())).then().statusCode(403);
        windowOverHttp(accepted.conferenceId(), clock.today(), clock.today())
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void theProceedingsZipHoldsTheLatestCameraReadyPdfsWithCsvJsonAndBibtex() throws Exception {
        ReviewedPaper first = accepted();
        ReviewedPaper withoutCameraReady = ReviewedPaper.reviewedBy(expert());
        withoutCameraReady.decide(true, null);
        windowOverHttp(first.conferenceId(), clock.today().plusDays(1), clock.today())
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        windowOverHttp(first.conferenceId(), clock.today(), clock.today().plusDays(2))
                .then()
                .statusCode(200)
                .body("closesOn", equalTo(clock.today().plusDays(2).toString()));
        byte[] older = ManuscriptTest.pdf(2);
        byte[] latest = ManuscriptTest.pdf(5);
        cameraReadies.upload(first.paperId(), new ByteArrayInputStream(older), PaperFixtures.GUO_CHAO);
        cameraReadies.upload(first.paperId(), new ByteArrayInputStream(latest), PaperFixtures.GUO_CHAO);

        byte[] zip = given().when()
                .get(proceedings(first.conferenceId()))
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        String pdf = "pdf/001-" + first.paperId() + ".pdf";
        assertThat(entries.keySet()).containsExactly(pdf, "proceedings.csv", "proceedings.json", "proceedings.bib");
        assertThat(entries.get(pdf)).isEqualTo(latest);
        byte[] csv = entries.get("proceedings.csv");
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("序号,论文编号,题目,作者,单位,关键词,页数,SHA-256,文件\r\n")
                .contains("1," + first.paperId() + ",玉米株型调控基因的遗传解析,郭超；贺俊,四川大学玉米研究所；西南大学,作物遗传育种；基因组学,5,")
                .doesNotContain(withoutCameraReady.paperId().toString());
        assertThat(new String(entries.get("proceedings.json"), StandardCharsets.UTF_8))
                .contains("\"conference\" : \"首届川渝科技学术大会\"")
                .contains("\"title\" : \"玉米株型调控基因的遗传解析\"")
                .contains("\"orcid\" : \"0000-0002-1825-0097\"")
                .contains("\"pages\" : 5");
        assertThat(new String(entries.get("proceedings.bib"), StandardCharsets.UTF_8))
                .startsWith("@inproceedings{chuanyu")
                .contains("  title = {玉米株型调控基因的遗传解析},\n")
                .contains("  author = {郭超 and 贺俊},\n")
                .contains("  booktitle = {首届川渝科技学术大会},\n")
                .contains("  year = {2020},\n");
        given().when().get(proceedings(UUID.randomUUID())).then().statusCode(404);
    }

    private static ReviewedPaper accepted() {
        ReviewedPaper paper = ReviewedPaper.reviewedBy(expert());
        paper.decide(true, null);
        return paper;
    }

    private void window(ReviewedPaper paper, LocalDate opens, LocalDate closes) {
        QuarkusTransaction.requiringNew()
                .run(() -> cameraReadies.setWindow(
                        paper.conferenceId(),
                        new CameraReadyWindowRequest(opens, closes),
                        ConferenceFixtures.ORGANISER));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String expert() {
        return "expert-cr-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String proceedings(UUID conference) {
        return "/api/conference/exports/conferences/" + conference + "/proceedings";
    }

    private static Response windowOverHttp(UUID conference, LocalDate opens, LocalDate closes) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("opensOn", opens.toString(), "closesOn", closes.toString()))
                .when()
                .put("/api/conference/conferences/" + conference + "/camera-ready-window");
    }

    private static Response upload(UUID paper, byte[] body) {
        return given().contentType("application/pdf")
                .body(body)
                .when()
                .post("/api/conference/papers/" + paper + "/camera-ready");
    }
}
