package cn.chuanyu.alliance.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.interest.ExpresserRole;
import cn.chuanyu.alliance.interest.Interest;
import cn.chuanyu.alliance.interest.InterestRequests;
import cn.chuanyu.alliance.interest.Interests;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.WorkChain;
import cn.chuanyu.alliance.project.WorkChainRequests;
import cn.chuanyu.alliance.release.CollectionRounds;
import cn.chuanyu.alliance.release.OpenRoundRequest;
import cn.chuanyu.web.export.SheetDownload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The alliance's exports open in Excel and WPS with Chinese headers and show what the listings show. */
@QuarkusTest
class AllianceExportTest {

    private static final String EXPORTS = "/api/alliance/exports/";
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    @Inject
    BoardItems items;

    @Inject
    CollectionRounds rounds;

    @Inject
    Interests interests;

    @Inject
    WorkChain chain;

    @Test
    void theBoardExportsAsCsvWithABomChineseHeadersAndTheListingsFilters() {
        String tag = "导出" + UUID.randomUUID().toString().substring(0, 8);
        published("chengdu", BoardItemKind.DEMAND, tag + "动力电池回收需求");
        published("chongqing", BoardItemKind.RESOURCE, tag + "中试资源");
        var answer = given().queryParam("q", tag)
                .queryParam("kind", "DEMAND")
                .when()
                .get(EXPORTS + "board-items")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract();
        assertThat(answer.header("Content-Disposition"))
                .contains("filename=\"board-items.csv\"")
                .contains("filename*=UTF-8''%E8%81%94%E7%9B%9F%E6%B8%85%E5%8D%95.csv");
        byte[] bytes = answer.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("编号,高新区,类别,标题,说明,行业,关键词,联系人,电话,电子邮箱,有效期起,有效期止,状态,发布时间");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .contains(",成都高新区,需求," + tag + "动力电池回收需求,")
                .contains(",新能源,电池、回收,李主任,028-12345678,,")
                .contains(",已发布,");
    }

    @Test
    void aZonesDraftsNeedAToken() {
        given().queryParam("status", "DRAFT")
                .queryParam("zone", "chengdu")
                .when()
                .get(EXPORTS + "board-items")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(
            user = "officer-mianyang",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "mianyang"))
    void anotherZonesDraftsAreAProblemNotAFile() {
        given().queryParam("status", "DRAFT")
                .queryParam("zone", "chengdu")
                .when()
                .get(EXPORTS + "board-items")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBoardOfMoreItemsThanOneDatabaseBatchExportsCompleteInOrderAndOnceEach() throws Exception {
        String tag = "流式" + UUID.randomUUID().toString().substring(0, 8);
        int count = 1200;
        // inserted by SQL: 1,200 items, each published a minute before the previous one, so item 1 is the newest
        QuarkusTransaction.requiringNew()
                .run(() -> BoardItem.getEntityManager()
                        .createNativeQuery("""
                        insert into board_item (id, zone_code, kind, title, description, industries, keywords,
                            contact_name, valid_from, valid_until, status, created_by, created_at, published_at)
                        select gen_random_uuid(), 'mianyang', 'RESOURCE', '流式导出资源' || lpad(g::text, 4, '0'),
                            '第' || g || '项', array[cast(:tag as varchar)], array['流式导出'], '周工程师',
                            current_date - 1, current_date + 365, 'PUBLISHED', 'officer-mianyang',
                            now() - interval '1 day', now() - g * interval '1 minute'
                        from generate_series(1, :count) g""")
                        .setParameter("tag", tag)
                        .setParameter("count", count)
                        .executeUpdate());
        List<String> expectedTitles = IntStream.rangeClosed(1, count)
                .mapToObj(g -> "流式导出资源%04d".formatted(g))
                .toList();

        byte[] csv = given().queryParam("industry", tag)
                .when()
                .get(EXPORTS + "board-items")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(count + 1);
        List<String[]> rows = lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",", -1))
                .toList();
        assertThat(rows).map(row -> row[3]).containsExactlyElementsOf(expectedTitles);
        assertThat(rows).map(row -> row[0]).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> assertThat(row[1]).isEqualTo("绵阳高新区"));

        byte[] xlsx = given().queryParam("industry", tag)
                .queryParam("format", "xlsx")
                .when()
                .get(EXPORTS + "board-items")
                .then()
                .statusCode(200)
                .contentType(SheetDownload.XLSX)
                .extract()
                .asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("联盟清单");
            assertThat(sheet.getLastRowNum()).isEqualTo(count);
            assertThat(IntStream.rangeClosed(1, count)
                            .mapToObj(r -> sheet.getRow(r).getCell(3).getStringCellValue()))
                    .containsExactlyElementsOf(expectedTitles);
        }
    }

    @Test
    void aReleaseExportsAsExcelWithTheInterestItDrew() throws Exception {
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "发布导出需求");
        String name = "2021年第一季度-" + UUID.randomUUID().toString().substring(0, 6);
        UUID round = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = rounds.open(
                            new OpenRoundRequest(
                                    name, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31), today().plusDays(5)),
                            SECRETARIAT)
                    .id;
            rounds.submit(id, demand, SECRETARIAT);
            rounds.close(id, SECRETARIAT);
            rounds.publish(id, SECRETARIAT);
            return id;
        });
        QuarkusTransaction.requiringNew()
                .run(() -> interests.express(
                        new InterestRequests.Express(
                                demand, null, "重庆易智网公司", "刘经理", null, "023-68000000", "希望对接", true),
                        new Interest.Expresser("company-rep", ExpresserRole.COMPANY_REPRESENTATIVE, null)));

        byte[] bytes = given().queryParam("format", "xlsx")
                .when()
                .get(EXPORTS + "releases/" + round)
                .then()
                .statusCode(200)
                .contentType(SheetDownload.XLSX)
                .extract()
                .asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet(name + "发布清单");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("类别");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("对接意向数");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("需求");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("发布导出需求");
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(12).getNumericCellValue()).isZero();
        }
        given().when().get(EXPORTS + "releases/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void projectsExportOneRowPerMilestoneAndOneForAProjectWithout() {
        String zone = "zigong";
        UUID demand = published(zone, BoardItemKind.DEMAND, "项目导出需求");
        QuarkusTransaction.requiringNew()
                .run(() -> chain.start(new WorkChainRequests.Start(demand, "钒钛新材料联合攻关", null), SECRETARIAT));
        byte[] bytes = given().queryParam("zone", zone)
                .queryParam("stage", "DEMAND_PUBLISHED")
                .when()
                .get(EXPORTS + "projects")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("项目,牵头高新区,阶段,签约日期,技术经纪人,经纪人证书编号,最近会商日期,里程碑序号,里程碑");
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("钒钛新材料联合攻关,自贡高新区,需求发布,,,,,,,,,"));
    }

    @Test
    void theYearlySummariesExportWithChineseHeaders() {
        byte[] bytes = given().queryParam("from", 2020)
                .queryParam("to", 2021)
                .when()
                .get(EXPORTS + "yearly-summaries/seminars")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("年份,研讨会场次,达到每年至少一次");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2020,");
        given().when()
                .get(EXPORTS + "yearly-summaries/secondments")
                .then()
                .statusCode(200)
                .contentType("text/csv");
        given().queryParam("format", "pdf")
                .when()
                .get(EXPORTS + "yearly-summaries/title-recognitions")
                .then()
                .statusCode(400);
    }

    private UUID published(String zone, BoardItemKind kind, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            BoardItem item = items.draft(
                    new BoardItemRequest(
                            zone,
                            kind,
                            title,
                            title + "：详细说明",
                            List.of("新能源"),
                            List.of("电池", "回收"),
                            "李主任",
                            "028-12345678",
                            null,
                            today().minusDays(1),
                            today().plusYears(1),
                            null),
                    SECRETARIAT);
            return items.publish(item.id, SECRETARIAT).id;
        });
    }

    private static LocalDate today() {
        return LocalDate.now(AllianceClock.CHINA);
    }
}
