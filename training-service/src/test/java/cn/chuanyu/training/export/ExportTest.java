package cn.chuanyu.training.export;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.training.attendance.AttendanceMode;
import cn.chuanyu.training.attendance.AttendanceRequest;
import cn.chuanyu.training.attendance.AttendanceStatus;
import cn.chuanyu.training.attendance.Attendances;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    private static final String EXPORTS = "/api/training/exports/programmes/";

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void theRosterIsACsvWithABomAndChineseHeadersThatExcelReads() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("exp-teacher"));
        cohort.passed(TrainingFixtures.unique("exp"), "张三");
        TrainingFixtures.enrol(cohort.programme(), TrainingFixtures.unique("exp"), "李四");

        var answer = given().when()
                .get(EXPORTS + cohort.programme() + "/roster")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract();
        assertThat(answer.header("Content-Disposition"))
                .contains("filename=\"roster-" + cohort.programme() + ".csv\"")
                .contains("filename*=UTF-8''%E8%8A%B1%E5%90%8D%E5%86%8C.csv");
        byte[] bytes = answer.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("序号,姓名,账号,工作单位,报名状态,报名时间,出勤率");
        assertThat(lines.get(1))
                .startsWith("1,张三,")
                .contains(",重庆大学科技成果转化中心,报名成功,")
                .endsWith(",1.0000");
        assertThat(lines.get(2)).startsWith("2,李四,").endsWith(",0.0000");
        assertThat(lines).hasSize(3);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void theAttendanceMatrixAndExamResultsOpenAsExcelWithStandingsAndNumbers() throws Exception {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, TrainingFixtures.unique("exp-teacher"));
        UUID first = TrainingFixtures.session(course, today().minusDays(2));
        UUID second = TrainingFixtures.session(course, today().minusDays(1));
        UUID wang = TrainingFixtures.enrol(programme, TrainingFixtures.unique("exp"), "王五");
        UUID zhao = TrainingFixtures.enrol(programme, TrainingFixtures.unique("exp"), "赵六");
        record(
                first,
                new AttendanceRequest.Attendee(wang, AttendanceMode.ONLINE),
                new AttendanceRequest.Attendee(zhao, AttendanceStatus.EXCUSED, null));
        record(
                second,
                new AttendanceRequest.Attendee(wang, AttendanceMode.OFFLINE),
                new AttendanceRequest.Attendee(zhao, AttendanceStatus.LATE, AttendanceMode.OFFLINE));
        TrainingFixtures.scored(TrainingFixtures.sitting(programme, today()), wang, "72.5");

        XSSFSheet matrix = workbook(programme, "attendance").getSheet("考勤表");
        assertThat(texts(matrix.getRow(0)))
                .containsExactly(
                        "姓名",
                        "账号",
                        today().minusDays(2) + " 09:00 技术转移政策与法规解读",
                        today().minusDays(1) + " 09:00 技术转移政策与法规解读",
                        "出勤率");
        assertThat(texts(matrix.getRow(1)).subList(2, 4)).containsExactly("出勤（线上）", "出勤（线下）");
        assertThat(matrix.getRow(1).getCell(0).getStringCellValue()).isEqualTo("王五");
        assertThat(matrix.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
        assertThat(texts(matrix.getRow(2)).subList(2, 4)).containsExactly("请假", "迟到（线下）");
        assertThat(matrix.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.5);

        XSSFSheet results = workbook(programme, "exam-results").getSheet("考试成绩");
        assertThat(texts(results.getRow(0))).containsExactly("姓名", "账号", "考试", "考试日期", "第几次", "成绩", "及格线", "结果");
        assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo("王五");
        assertThat(results.getRow(1).getCell(2).getStringCellValue()).isEqualTo("初级技术经纪人结业考试");
        assertThat(results.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(72.5);
        assertThat(results.getRow(1).getCell(7).getStringCellValue()).isEqualTo("通过");
        assertThat(results.getLastRowNum()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aRosterOfMoreEnrolmentsThanOneDatabaseBatchExportsCompleteInOrderAndOnceEach() {
        UUID programme = TrainingFixtures.programme(2000);
        String trainee = TrainingFixtures.unique("exp-stream");
        int count = 1200;
        // inserted by SQL, in order of request: 学员0001 first
        QuarkusTransaction.requiringNew()
                .run(() -> Enrolment.getEntityManager()
                        .createNativeQuery("""
                        insert into enrolment (id, programme_id, trainee, trainee_name, organisation, status,
                            queue_position, requested_at, enrolled_at)
                        select gen_random_uuid(), :programme, :trainee || '-' || g, '学员' || lpad(g::text, 4, '0'),
                            '重庆大学', 'ENROLLED', nextval('enrolment_queue'), now(), now()
                        from generate_series(1, :count) g""")
                        .setParameter("programme", programme)
                        .setParameter("trainee", trainee)
                        .setParameter("count", count)
                        .executeUpdate());
        // the first trainee attended the one session held (recorded by SQL too: recording through the service would
        // announce 1,199 shortfalls); each row's rate is read while the enrolments stream
        UUID session = TrainingFixtures.session(
                TrainingFixtures.course(programme, TrainingFixtures.unique("exp-teacher")), today().minusDays(1));
        QuarkusTransaction.requiringNew()
                .run(() -> Enrolment.getEntityManager()
                        .createNativeQuery("""
                        insert into attendance (id, session_id, programme_id, enrolment_id, trainee, mode, status,
                            recorded_by, recorded_at)
                        select gen_random_uuid(), :session, programme_id, id, trainee, 'OFFLINE', 'PRESENT',
                            'training-admin', now()
                        from enrolment where trainee = :trainee""")
                        .setParameter("session", session)
                        .setParameter("trainee", trainee + "-1")
                        .executeUpdate());

        byte[] bytes = given().when()
                .get(EXPORTS + programme + "/roster")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();

        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(count + 1);
        List<String[]> rows = lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",", -1))
                .toList();
        assertThat(rows)
                .map(row -> row[0] + " " + row[1])
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count)
                        .mapToObj(g -> g + " 学员%04d".formatted(g))
                        .toList());
        assertThat(rows).map(row -> row[2]).doesNotHaveDuplicates();
        assertThat(rows.get(0)[6]).isEqualTo("1.0000");
        assertThat(rows.subList(1, count)).allSatisfy(row -> assertThat(row[6]).isEqualTo("0.0000"));
    }

    @Test
    @TestSecurity(user = "exp-own-teacher", roles = "instructor")
    void instructorsExportOnlyProgrammesTheyTeachIn() {
        UUID mine = TrainingFixtures.programme(10);
        TrainingFixtures.course(mine, "exp-own-teacher");
        UUID theirs = TrainingFixtures.programme(10);
        TrainingFixtures.course(theirs, "exp-other-teacher");

        given().when().get(EXPORTS + mine + "/exam-results").then().statusCode(200);
        given().when()
                .get(EXPORTS + theirs + "/roster")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().when().get(EXPORTS + UUID.randomUUID() + "/roster").then().statusCode(404);
        given().queryParam("format", "pdf")
                .when()
                .get(EXPORTS + mine + "/roster")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/validation"));
    }

    @Test
    @TestSecurity(user = "exp-trainee", roles = "trainee")
    void traineesExportNothing() {
        UUID programme = TrainingFixtures.programme(10);
        TrainingFixtures.enrol(programme, "exp-trainee", "孙七");
        given().when().get(EXPORTS + programme + "/roster").then().statusCode(403);
    }

    private static XSSFWorkbook workbook(UUID programme, String report) throws Exception {
        byte[] bytes = given().queryParam("format", "xlsx")
                .when()
                .get(EXPORTS + programme + "/" + report)
                .then()
                .statusCode(200)
                .contentType(ProgrammeExportResource.XLSX)
                .extract()
                .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(
                cell.getCellType() == CellType.NUMERIC
                        ? BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()
                        : cell.getStringCellValue()));
        return texts;
    }

    private static void record(UUID session, AttendanceRequest.Attendee... attendees) {
        QuarkusTransaction.requiringNew()
                .run(() -> TrainingFixtures.service(Attendances.class)
                        .record(
                                session,
                                new AttendanceRequest(List.of(attendees)),
                                Caller.admin(TrainingFixtures.ADMIN)));
    }
}
