package cn.chuanyu.conference.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.conference.award.AwardGrade;
import cn.chuanyu.conference.award.Awards;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.review.ReviewedPaper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConferenceExportTest {

    private static final String EXPORTS = "/api/conference/exports/conferences/";

    @Inject
    Awards awards;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void thePapersAreACsvWithABomAndChineseHeadersNamingTheAuthors() {
        ReviewedPaper paper = ReviewedPaper.reviewedBy(expert(), expert());
        paper.decide(true, "评审专家一致推荐");

        var answer = given().when()
                .get(EXPORTS + paper.conferenceId() + "/papers")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract();
        assertThat(answer.header("Content-Disposition"))
                .contains("filename=\"papers-" + paper.conferenceId() + ".csv\"")
                .contains("filename*=UTF-8''%E8%AE%BA%E6%96%87.csv");
        byte[] bytes = answer.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("序号,论文编号,题目,分会场,状态,作者（单位）,通讯作者,川渝合作,关键词,投稿账号,投稿时间,评审专家数,已评审数,加权得分,结论说明");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("1," + paper.paperId() + ",玉米株型调控基因的遗传解析,life-sciences,已录用,")
                .contains(",郭超（四川大学玉米研究所）；贺俊（西南大学）,郭超,是,作物遗传育种；基因组学,guochao,")
                .endsWith(",2,2,81.3,评审专家一致推荐");
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void reviewsAssignmentsAndAwardsAreExcelWorkbooksThatNameTheExperts() throws Exception {
        String first = expert();
        String second = expert();
        ReviewedPaper paper = ReviewedPaper.assignedTo(1, first, second);
        ReviewedPaper awarded = ReviewedPaper.reviewedBy(expert());
        awarded.decide(true, null);
        QuarkusTransaction.requiringNew().run(() -> {
            awards.setQuotas(awarded.conferenceId(), Map.of(AwardGrade.FIRST, 1));
            awards.grant(
                    awarded.conferenceId(),
                    awarded.paperId(),
                    AwardGrade.FIRST,
                    "=理论创新突出",
                    ConferenceFixtures.ORGANISER);
        });

        XSSFSheet reviews = workbook(paper.conferenceId(), "reviews").getSheet("评审意见");
        assertThat(texts(reviews.getRow(0)))
                .containsExactly(
                        "论文编号",
                        "题目",
                        "审稿人账号",
                        "审稿人",
                        "原创性（1–5）",
                        "重要性（1–5）",
                        "严谨性（1–5）",
                        "表达清晰度（1–5）",
                        "推荐意见",
                        "评审意见",
                        "修订次数",
                        "首次提交时间");
        assertThat(reviews.getLastRowNum()).isEqualTo(1);
        assertThat(texts(reviews.getRow(1)).subList(0, 4))
                .containsExactly(paper.paperId().toString(), "玉米株型调控基因的遗传解析", first, "专家" + first);
        assertThat(reviews.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(5.0);
        assertThat(texts(reviews.getRow(1)).subList(8, 11)).containsExactly("建议录用", "实验设计严谨，建议录用。1", "1");

        XSSFSheet assignments = workbook(paper.conferenceId(), "assignments").getSheet("评审分配");
        assertThat(assignments.getLastRowNum()).isEqualTo(2);
        assertThat(texts(assignments.getRow(2)))
                .contains(second, "专家" + second, "清华大学", "organiser", "否")
                .doesNotContain("是");

        XSSFSheet awardSheet = workbook(awarded.conferenceId(), "awards").getSheet("获奖论文");
        assertThat(texts(awardSheet.getRow(1)).subList(0, 5))
                .containsExactly(
                        awarded.paperId().toString(), "玉米株型调控基因的遗传解析", "一等奖", "=理论创新突出", "郭超（四川大学玉米研究所）；贺俊（西南大学）");
        assertThat(awardSheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.STRING);
        String csv = new String(
                given().when()
                        .get(EXPORTS + awarded.conferenceId() + "/awards")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains(",一等奖,'=理论创新突出,");
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void anUnknownConferenceOrFormatIsRefused() {
        given().when().get(EXPORTS + UUID.randomUUID() + "/papers").then().statusCode(404);
        UUID conference = ConferenceFixtures.withOpenCall();
        given().when()
                .get(EXPORTS + conference + "/papers?format=pdf")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when().get(EXPORTS + conference + "/awards?format=xlsx").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "guochao", roles = "researcher")
    void researchersCannotExport() {
        UUID conference = ConferenceFixtures.withOpenCall();
        for (String report : List.of("papers", "reviews", "assignments", "awards")) {
            given().when().get(EXPORTS + conference + "/" + report).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewersCannotExport() {
        UUID conference = ConferenceFixtures.withOpenCall();
        given().when().get(EXPORTS + conference + "/reviews").then().statusCode(403);
    }

    private static XSSFWorkbook workbook(UUID conference, String report) throws Exception {
        byte[] bytes = given().when()
                .get(EXPORTS + conference + "/" + report + "?format=xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(
                    cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
        }
        return texts;
    }

    private static String expert() {
        return "expert-ex-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
