package cn.chuanyu.notification.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.notification.ContractEvents;
import cn.chuanyu.notification.MailAndDirectory;
import cn.chuanyu.notification.MailAndDirectory.Mailbox;
import cn.chuanyu.notification.inapp.Notification;
import cn.chuanyu.testing.TopicRecorder;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The other contexts' events, published to the real Kafka as they publish them, become in-app notifications and e-mails
 * in the real SMTP server, in the recipient's language, each once, and none of a category opted out of.
 */
@QuarkusTest
class PeopleNotificationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static ContractEvents events;

    @Mailbox
    GreenMail mail;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void connect() {
        events = new ContractEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    @TestSecurity(user = "trainee-promoted", roles = "trainee")
    void aTraineeMovedUpFromTheWaitingListIsToldInAppAndByEmailInChineseOnceEvenIfTheEventComesTwice()
            throws Exception {
        UUID enrolment = UUID.randomUUID();
        String data = ContractEvents.enrolled(enrolment, "trainee-promoted", "张三", true);
        String id = events.send(ContractEvents.ENROLLED, enrolment.toString(), data);

        MimeMessage message = awaitMails("trainee-promoted", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("候补转正：您已获得培训班名额");
        String text = text(message);
        assertThat(text)
                .contains("张三，您好：有学员退出了培训班，您已从候补名单转为正式学员。")
                .contains("查看详情：http://127.0.0.1:8080/training/enrolments/" + enrolment)
                .contains("退订：http://127.0.0.1:8080/notifications/unsubscribe?token=");
        assertThat(message.getHeader("List-Unsubscribe")).isNotNull();
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("TRAINEE_PROMOTED"))
                .body("items[0].category", equalTo("ENROLMENT"))
                .body("items[0].title", equalTo("候补转正：您已获得培训班名额"))
                .body("items[0].link", equalTo("http://127.0.0.1:8080/training/enrolments/" + enrolment))
                .body("items[0].readAt", nullValue());

        // the same event again (a redelivery), then a later one on the same partition: only the later one adds
        events.resend(id, ContractEvents.ENROLLED, enrolment.toString(), data);
        UUID next = UUID.randomUUID();
        events.send(
                ContractEvents.ENROLLED,
                enrolment.toString(),
                ContractEvents.enrolled(next, "trainee-promoted", "张三", false));
        List<MimeMessage> both = awaitMails("trainee-promoted", 2);
        assertThat(both)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("候补转正：您已获得培训班名额", "报名成功：您已获得培训班名额");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .body("total", equalTo(2))
                .body("items.kind", Matchers.containsInAnyOrder("TRAINEE_PROMOTED", "TRAINEE_ENROLLED"));
        given().when()
                .get("/api/notifications/notifications/mine/unread-count")
                .then()
                .statusCode(200)
                .body("unread", equalTo(2));
        given().header("Accept-Language", "en")
                .when()
                .get("/api/notifications/notifications/mine?unread=true&size=1")
                .then()
                .body("items", Matchers.hasSize(1))
                .body("items[0].title", Matchers.startsWith("You are enrolled"));

        // the e-mail's unsubscribe link opts out of that category only
        String token = token(text);
        given().queryParam("token", token)
                .when()
                .post("/api/notifications/unsubscriptions")
                .then()
                .statusCode(200)
                .body("category", equalTo("ENROLMENT"))
                .body("email", equalTo(false));
        given().when()
                .get("/api/notifications/preferences/mine")
                .then()
                .statusCode(200)
                .body("find { it.category == 'ENROLMENT' }.email", equalTo(false))
                .body("find { it.category == 'CERTIFICATE' }.email", equalTo(true));
    }

    @Test
    void anAlteredUnsubscribeLinkIsRefused() {
        given().queryParam("token", "RU5ST0xNRU5UOnRyYWluZWU.AAAA")
                .when()
                .post("/api/notifications/unsubscriptions")
                .then()
                .statusCode(400)
                .body("type", Matchers.endsWith("invalid-unsubscribe-token"))
                .body("title", equalTo("退订链接无效"));
    }

    @Test
    @TestSecurity(user = "trainee-opted-out", roles = "trainee")
    void aPersonWhoOptedOutOfACategoryGetsNoEmailOfItButStillTheInAppNotification() throws Exception {
        given().contentType("application/json")
                .body("{\"email\": false}")
                .when()
                .put("/api/notifications/preferences/mine/ENROLMENT")
                .then()
                .statusCode(200)
                .body("email", equalTo(false));
        UUID enrolment = UUID.randomUUID();
        events.send(
                ContractEvents.ENROLLED,
                enrolment.toString(),
                ContractEvents.enrolled(enrolment, "trainee-opted-out", "李四", true));
        await().atMost(PATIENCE).until(() -> count("trainee-opted-out") == 1);

        // a later e-mail of a category not opted out reaches the same person; the opted-out one never does
        UUID certificate = UUID.randomUUID();
        events.send(
                ContractEvents.CERTIFICATE_ISSUED,
                certificate.toString(),
                ContractEvents.certificateIssued(certificate, "NTTB-2020-000777", "trainee-opted-out", "李四"));
        List<MimeMessage> received = awaitMails("trainee-opted-out", 1);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly("证书颁发：您的初级技术经纪人结业证书");
        assertThat(text(received.get(0))).contains("证书编号 NTTB-2020-000777，有效期自 2020-12-24 至 2023-12-23");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .body("total", equalTo(2))
                .body("items.category", Matchers.hasItems("ENROLMENT", "CERTIFICATE"));
        assertThat(emailsAbout("trainee-opted-out")).isEqualTo(1);
    }

    @Test
    void aRevokedCertificateIsToldToItsHolderInTheirLanguage() throws Exception {
        UUID certificate = UUID.randomUUID();
        events.send(
                ContractEvents.CERTIFICATE_ISSUED,
                certificate.toString(),
                ContractEvents.certificateIssued(certificate, "NTTB-2020-000888", "en-holder", "Wang Wu"));
        events.send(
                ContractEvents.CERTIFICATE_REVOKED,
                certificate.toString(),
                ContractEvents.certificateRevoked(certificate, "NTTB-2020-000888"));

        List<MimeMessage> received = awaitMails("en-holder", 2);
        assertThat(received)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Certificate issued: your technology-broker certificate", "Certificate revoked");
        MimeMessage revoked = received.stream()
                .filter(m -> subject(m).equals("Certificate revoked"))
                .findFirst()
                .orElseThrow();
        assertThat(text(revoked))
                .contains("your certificate number NTTB-2020-000888 has been revoked. Reason: 考试成绩录入有误.")
                .contains("Unsubscribe: http://127.0.0.1:8080/notifications/unsubscribe?token=");
    }

    @Test
    void aFailedExamTellsTheScoreAndTheRetakesLeft() throws Exception {
        UUID enrolment = UUID.randomUUID();
        events.send(
                ContractEvents.EXAM_FAILED,
                enrolment.toString(),
                ContractEvents.examFailed(enrolment, "trainee-failed", "赵六"));
        MimeMessage message = awaitMails("trainee-failed", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("考试未通过：结业考试成绩");
        assertThat(text(message)).contains("赵六，您好：您在第 1 次考试中取得 55.5 分，未达到合格线 60 分。您还可以补考 1 次。");
    }

    @Test
    void aPersonWithoutAnAddressStillGetsTheInAppNotification() {
        UUID enrolment = UUID.randomUUID();
        events.send(
                ContractEvents.ENROLLED,
                enrolment.toString(),
                ContractEvents.enrolled(enrolment, "nomail-trainee", "孙七", false));
        await().atMost(PATIENCE)
                .until(() -> "DROPPED"
                        .equals(QuarkusTransaction.requiringNew()
                                .call(() -> entityManager.createNativeQuery("""
                                select d.status from email_dispatch d join notification n on n.id = d.notification_id
                                where n.recipient = 'nomail-trainee'""").getResultList().stream()
                                        .findFirst()
                                        .orElse(null))));
        assertThat(count("nomail-trainee")).isEqualTo(1);
    }

    @Test
    void aNewOfferMatchingAPublishedDemandIsToldToThatZonesOfficers() throws Exception {
        UUID demand = UUID.randomUUID();
        events.send(
                ContractEvents.BOARD_ITEM_PUBLISHED,
                demand.toString(),
                ContractEvents.demandPublished(demand, "chengdu", "动力电池回收技术需求", "钾离子电池"));
        await().atMost(PATIENCE)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> !entityManager
                                .createNativeQuery("select 1 from open_demand where item_id = ?1")
                                .setParameter(1, demand)
                                .getResultList()
                                .isEmpty()));
        UUID offer = UUID.randomUUID();
        events.send(
                ContractEvents.INTENT_PUBLISHED,
                offer.toString(),
                ContractEvents.offerPublished(offer, "新型有机钾离子电池成果转化", "钾离子电池"));

        MimeMessage message = awaitMails("officer-chengdu", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("新成果匹配：“新型有机钾离子电池成果转化”");
        assertThat(text(message))
                .contains("与贵园区发布的需求“动力电池回收技术需求”相匹配")
                .contains("http://127.0.0.1:8080/alliance/offers/" + offer);
        assertThat(count("officer-chongqing")).isZero();
    }

    @Test
    @TestSecurity(user = "expert-zhao", roles = "reviewer")
    void aReviewerIsToldOfAnAssignmentAndNoOneElse() throws Exception {
        UUID assignment = UUID.randomUUID();
        UUID paper = UUID.randomUUID();
        String id = events.send(
                ContractEvents.REVIEW_ASSIGNED,
                paper.toString(),
                ContractEvents.reviewAssigned(assignment, paper, "玉米株型调控基因的遗传解析", "expert-zhao", "赵教授"));

        MimeMessage message = awaitMails("expert-zhao", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("评审任务：请评审论文“玉米株型调控基因的遗传解析”");
        assertThat(text(message))
                .contains("赵教授，您好：大会组织方邀请您评审论文“玉米株型调控基因的遗传解析”。论文已隐去作者信息")
                .contains("http://127.0.0.1:8080/conference/reviews/assignments/" + assignment);
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("REVIEW_ASSIGNED"))
                .body("items[0].category", equalTo("REVIEW"))
                .body("items[0].link", equalTo("http://127.0.0.1:8080/conference/reviews/assignments/" + assignment));
        assertThat(recipientsOf(id)).containsExactly("expert-zhao");
        assertThat(mailsAbout("玉米株型调控基因的遗传解析")).containsExactly("expert-zhao@" + MailAndDirectory.DOMAIN);
    }

    @Test
    @TestSecurity(user = "en-submitter", roles = "researcher")
    void aDecisionIsToldToTheSubmitterInTheirLanguageAndNoOneElse() throws Exception {
        UUID accepted = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        String acceptance = events.send(
                ContractEvents.PAPER_DECIDED,
                accepted.toString(),
                ContractEvents.paperDecided(accepted, "钾离子电池有机正极材料", "ACCEPTED", "en-submitter"));
        events.send(
                ContractEvents.PAPER_DECIDED,
                rejected.toString(),
                ContractEvents.paperDecided(rejected, "川渝科技协同机制研究", "REJECTED", "submitter-li"));

        MimeMessage acceptedMail = awaitMails("en-submitter", 1).get(0);
        assertThat(acceptedMail.getSubject()).isEqualTo("Paper accepted: \"钾离子电池有机正极材料\"");
        assertThat(text(acceptedMail))
                .contains("your paper \"钾离子电池有机正极材料\" has been accepted")
                .contains("http://127.0.0.1:8080/conference/papers/" + accepted);
        MimeMessage rejectedMail = awaitMails("submitter-li", 1).get(0);
        assertThat(rejectedMail.getSubject()).isEqualTo("论文未录用：“川渝科技协同机制研究”");
        assertThat(text(rejectedMail)).contains("很遗憾，您提交的论文“川渝科技协同机制研究”经专家评审，未被大会录用。");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("PAPER_ACCEPTED"))
                .body("items[0].category", equalTo("PAPER"))
                .body("items[0].title", equalTo("论文录用：“钾离子电池有机正极材料”"));
        assertThat(recipientsOf(acceptance)).containsExactly("en-submitter");
        assertThat(mailsAbout("钾离子电池有机正极材料")).containsExactly("en-submitter@" + MailAndDirectory.DOMAIN);
    }

    @Test
    @TestSecurity(user = "expert-late", roles = "reviewer")
    void theReviewerHearsBeforeTheDeadlineAndOnceItPassed() throws Exception {
        UUID paper = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        events.send(
                ContractEvents.REVIEW_REMINDER_DUE,
                paper.toString(),
                ContractEvents.reviewDeadline(
                        ContractEvents.REVIEW_REMINDER_DUE,
                        assignment,
                        paper,
                        "西部陆海新通道物流效率评估",
                        "expert-late",
                        "钱教授",
                        3));
        MimeMessage reminder = awaitMails("expert-late", 1).get(0);
        assertThat(reminder.getSubject()).isEqualTo("评审即将截止：“西部陆海新通道物流效率评估”");
        assertThat(text(reminder))
                .contains("钱教授，您好：论文“西部陆海新通道物流效率评估”的评审截止日期为 2020-11-28（北京时间），还剩 3 天")
                .contains("http://127.0.0.1:8080/conference/reviews/assignments/" + assignment);

        events.send(
                ContractEvents.REVIEW_OVERDUE,
                paper.toString(),
                ContractEvents.reviewDeadline(
                        ContractEvents.REVIEW_OVERDUE, assignment, paper, "西部陆海新通道物流效率评估", "expert-late", "钱教授", 2));
        MimeMessage overdue = awaitMails("expert-late", 2).get(1);
        assertThat(overdue.getSubject()).isEqualTo("评审已逾期：“西部陆海新通道物流效率评估”");
        assertThat(text(overdue)).contains("已过 2 天");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", hasItems("REVIEW_REMINDER", "REVIEW_OVERDUE"))
                .body("items[0].category", equalTo("REVIEW"));
    }

    @Test
    @TestSecurity(user = "submitter-released", roles = "researcher")
    void releasedReviewsAreToldToTheSubmitterInAppAndByMail() throws Exception {
        UUID paper = UUID.randomUUID();
        String id = events.send(
                ContractEvents.REVIEWS_RELEASED,
                paper.toString(),
                ContractEvents.reviewsReleased(paper, "川渝页岩气开发的协同评估", "submitter-released"));

        MimeMessage mail = awaitMails("submitter-released", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("评审意见已公开：“川渝页岩气开发的协同评估”");
        assertThat(text(mail))
                .contains("3 份匿名评审意见及结论说明现已向您公开")
                .contains("http://127.0.0.1:8080/conference/papers/" + paper);
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("REVIEWS_RELEASED"))
                .body("items[0].category", equalTo("PAPER"))
                .body("items[0].title", equalTo("评审意见已公开：“川渝页岩气开发的协同评估”"));
        assertThat(recipientsOf(id)).containsExactly("submitter-released");
    }

    @Test
    @TestSecurity(user = "guochao", roles = "researcher")
    void anAnnouncedAwardIsToldToThePapersSubmitterAndNoOneElse() throws Exception {
        UUID paper = UUID.randomUUID();
        String id = events.send(
                ContractEvents.AWARD_ANNOUNCED,
                paper.toString(),
                ContractEvents.awardAnnounced(paper, "川渝柑橘黄龙病绿色防控技术", "SPECIAL", "guochao"));

        MimeMessage message = awaitMails("guochao", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("获奖公布：论文“川渝柑橘黄龙病绿色防控技术”荣获优秀论文特等奖");
        assertThat(text(message))
                .contains("您提交的论文“川渝柑橘黄龙病绿色防控技术”荣获本届大会优秀论文特等奖")
                .contains("http://127.0.0.1:8080/conference/papers/" + paper);
        given().header("Accept-Language", "en")
                .when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("PAPER_AWARDED"))
                .body("items[0].category", equalTo("PAPER"))
                .body("items[0].title", equalTo("Award announced: \"川渝柑橘黄龙病绿色防控技术\" receives the special prize"));
        assertThat(recipientsOf(id)).containsExactly("guochao");
        assertThat(mailsAbout("川渝柑橘黄龙病绿色防控技术")).containsExactly("guochao@" + MailAndDirectory.DOMAIN);
    }

    @Test
    void anEnrolmentNamesItsProgramme() throws Exception {
        UUID enrolment = UUID.randomUUID();
        events.send(
                ContractEvents.ENROLLED,
                enrolment.toString(),
                ContractEvents.enrolledIn(enrolment, "trainee-named", "钱九", "2020年初级技术经纪人培训班"));
        MimeMessage message = awaitMails("trainee-named", 1).get(0);
        assertThat(text(message)).contains("钱九，您好：您的报名已确认，您已获得培训班“2020年初级技术经纪人培训班”的正式名额。");
    }

    @Test
    @TestSecurity(user = "holder-unseen", roles = "trainee")
    void aRevocationNamingItsHolderReachesThemEvenIfTheIssueWasNeverSeen() throws Exception {
        UUID certificate = UUID.randomUUID();
        String id = events.send(
                ContractEvents.CERTIFICATE_REVOKED,
                certificate.toString(),
                ContractEvents.certificateRevoked(certificate, "NTTB-2020-000999", "holder-unseen", "陈十"));

        MimeMessage message = awaitMails("holder-unseen", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("证书撤销：您的结业证书已被撤销");
        assertThat(text(message)).contains("陈十，您好：您的结业证书（编号 NTTB-2020-000999）已被撤销，原因：考试成绩录入有误。");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("CERTIFICATE_REVOKED"))
                .body("items[0].link", equalTo("http://127.0.0.1:8080/training/certificates/" + certificate));
        assertThat(recipientsOf(id)).containsExactly("holder-unseen");
        assertThat(emailsAbout("holder-unseen")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "holder-expiring", roles = "trainee")
    void aHolderIsToldInChineseThatTheirCertificateExpiresSoon() throws Exception {
        UUID certificate = UUID.randomUUID();
        String id = events.send(
                ContractEvents.CERTIFICATE_EXPIRING,
                certificate.toString(),
                ContractEvents.certificateExpiring(certificate, "NTTB-2020-000555", "holder-expiring", "周十一"));

        MimeMessage message = awaitMails("holder-expiring", 1).get(0);
        assertThat(message.getSubject()).isEqualTo("证书即将到期：您的初级技术经纪人结业证书还有 59 天到期");
        assertThat(text(message))
                .contains("周十一，您好：您的初级技术经纪人结业证书（编号 NTTB-2020-000555）将于 2023-12-23 到期，距今还有 59 天。")
                .contains("http://127.0.0.1:8080/training/certificates/" + certificate);
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("CERTIFICATE_EXPIRING"))
                .body("items[0].category", equalTo("CERTIFICATE"));
        assertThat(recipientsOf(id)).containsExactly("holder-expiring");
    }

    @Test
    @TestSecurity(user = "trainee-absent", roles = "trainee")
    void aTraineeWhoCanNoLongerReachTheExamMinimumIsToldAndSoIsTheCoursesInstructor() throws Exception {
        UUID enrolment = UUID.randomUUID();
        String id = events.send(
                ContractEvents.ATTENDANCE_UNREACHABLE,
                enrolment.toString(),
                ContractEvents.attendanceUnreachable(enrolment, "trainee-absent", "吴十二", "en-instructor"));

        MimeMessage trainee = awaitMails("trainee-absent", 1).get(0);
        assertThat(trainee.getSubject()).isEqualTo("出勤预警：您的出勤率已无法达到考试要求");
        assertThat(text(trainee))
                .contains("吴十二，您好：您在培训班“2020年初级技术经纪人培训班”中已缺勤 4 次课（共 16 次），" + "即使参加剩余全部课程，出勤率最高也只能达到 75%，低于结业考试要求的 80%")
                .contains("http://127.0.0.1:8080/training/enrolments/" + enrolment);
        MimeMessage instructor = awaitMails("en-instructor", 1).get(0);
        assertThat(instructor.getSubject())
                .isEqualTo("Attendance warning: 吴十二 can no longer reach the exam's minimum attendance");
        assertThat(text(instructor)).contains("has missed 4 of the 16 sessions and can reach at most 75% attendance");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("ATTENDANCE_SHORTFALL"))
                .body("items[0].category", equalTo("ATTENDANCE"));
        assertThat(recipientsOf(id)).containsExactlyInAnyOrder("trainee-absent", "en-instructor");
    }

    @Test
    @TestSecurity(user = "officer-deyang", roles = "zone-officer")
    void anOverdueConsultationIsToldToTheOfficersOfEveryZoneOfTheProjectInTheirLanguage() throws Exception {
        UUID project = UUID.randomUUID();
        String id = events.send(
                ContractEvents.CONSULTATION_OVERDUE,
                project.toString(),
                ContractEvents.consultationOverdue(project, "钒钛新材料联合攻关项目", "deyang", "yongchuan"));

        MimeMessage lead = awaitMails("officer-deyang", 1).get(0);
        assertThat(lead.getSubject()).isEqualTo("会商提醒：项目“钒钛新材料联合攻关项目”已 91 天未定期会商");
        assertThat(text(lead))
                .contains("贵园区参与的合作项目“钒钛新材料联合攻关项目”自 2021-01-10 以来已有 91 天未召开定期会商，超过了 90 天的要求。")
                .contains("http://127.0.0.1:8080/alliance/projects/" + project);
        MimeMessage partner = awaitMails("en-officer-yongchuan", 1).get(0);
        assertThat(partner.getSubject())
                .isEqualTo("Consultation overdue: \"钒钛新材料联合攻关项目\" has had no consultation for 91 days");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("CONSULTATION_OVERDUE"))
                .body("items[0].category", equalTo("PROJECT"));
        assertThat(recipientsOf(id)).containsExactly("en-officer-yongchuan", "officer-deyang");
    }

    @Test
    @TestSecurity(user = "officer-zigong", roles = "zone-officer")
    void aSecondmentProposalIsToldToTheHostZoneAndItsAnswerToTheHomeZone() throws Exception {
        UUID secondment = UUID.randomUUID();
        String proposal = events.send(
                ContractEvents.SECONDMENT_PROPOSED,
                secondment.toString(),
                ContractEvents.secondmentProposed(secondment, "李明", "luzhou", "zigong"));
        MimeMessage host = awaitMail("officer-zigong", "挂职提议：泸州高新区拟派干部李明到贵园区挂职");
        assertThat(text(host))
                .contains("泸州高新区提议选派干部李明于 2021-03-01 至 2022-02-28 到贵园区挂职。")
                .contains("http://127.0.0.1:8080/alliance/secondments/" + secondment);
        assertThat(recipientsOf(proposal)).containsExactly("officer-zigong");

        String answer = events.send(
                ContractEvents.SECONDMENT_ANSWERED,
                secondment.toString(),
                ContractEvents.secondmentAnswered(secondment, "李明", "luzhou", "zigong", "ACCEPTED"));
        MimeMessage home = awaitMail("officer-luzhou", "挂职答复：自贡高新区已接受李明挂职");
        assertThat(text(home)).contains("答复意见：同意接收，安排在改革发展局");
        assertThat(recipientsOf(answer)).containsExactly("officer-luzhou");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("SECONDMENT_PROPOSED"))
                .body("items[0].category", equalTo("SECONDMENT"));
    }

    @Test
    @TestSecurity(user = "secretariat-wang", roles = "alliance-secretariat")
    void aSubmittedItemIsToldToTheSecretariatAndAReturnedOneWithItsReasonToTheZonesOfficers() throws Exception {
        UUID item = UUID.randomUUID();
        String title = "德阳重型装备再制造需求" + item.toString().substring(0, 8);
        String submitted = events.send(
                ContractEvents.BOARD_ITEM_SUBMITTED,
                item.toString(),
                ContractEvents.boardItemSubmitted(item, "deyang", title));
        MimeMessage zh = awaitMail("secretariat-wang", "清单条目待审核：德阳高新区需求“" + title + "”");
        assertThat(text(zh)).contains("http://127.0.0.1:8080/alliance/board-items/" + item);
        MimeMessage en =
                awaitMail("en-secretariat-li", "Board item awaiting approval: demand \"" + title + "\" of deyang");
        assertThat(text(en)).contains("submitted the demand");
        await().atMost(PATIENCE).until(() -> recipientsOf(submitted).size() == 2);
        assertThat(recipientsOf(submitted)).containsExactlyInAnyOrder("secretariat-wang", "en-secretariat-li");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("BOARD_ITEM_SUBMITTED"))
                .body("items.category", hasItem("BOARD"));

        String returned = events.send(
                ContractEvents.BOARD_ITEM_RETURNED,
                item.toString(),
                ContractEvents.boardItemReturned(item, "deyang", title, "请补充联系电话"));
        MimeMessage officer = awaitMail("officer-deyang", "清单条目被退回：“" + title + "”");
        assertThat(text(officer)).contains("已被联盟秘书处退回修改，理由：请补充联系电话。");
        assertThat(recipientsOf(returned)).containsExactly("officer-deyang");
    }

    @Test
    void anEventWhoseRecipientsKeycloakCannotYetNameWaitsForItInsteadOfGoingToTheDeadLetterTopic() throws Exception {
        try (var deadLetters = TopicRecorder.of("chuanyu.notification.dead-letters")) {
            MailAndDirectory.starting = true;
            String id = events.send(
                    ContractEvents.ZONE_MODERATION_CHANGED,
                    "mianyang",
                    ContractEvents.zoneModerationChanged("mianyang", true));
            // far beyond the inbox's 3 attempts (200, 400 ms apart) that a lasting failure gets
            Thread.sleep(3_000);
            assertThat(deadLetters.matching(e -> id.equals(e.id()))).isEmpty();
            assertThat(recipientsOf(id)).isEmpty();

            MailAndDirectory.starting = false;
            awaitMail("officer-mianyang", "园区清单改为需审核后发布：绵阳高新区");
            assertThat(recipientsOf(id)).containsExactly("officer-mianyang");
            assertThat(deadLetters.matching(e -> id.equals(e.id()))).isEmpty();
        } finally {
            MailAndDirectory.starting = false;
        }
    }

    @Test
    @TestSecurity(user = "officer-deyang", roles = "zone-officer")
    void aZonesOfficersAreToldWhenTheirItemsStartAndStopNeedingApproval() throws Exception {
        String required = events.send(
                ContractEvents.ZONE_MODERATION_CHANGED, "deyang", ContractEvents.zoneModerationChanged("deyang", true));
        MimeMessage on = awaitMail("officer-deyang", "园区清单改为需审核后发布：德阳高新区");
        assertThat(text(on)).contains("审核通过后才在清单上公开").contains("http://127.0.0.1:8080/alliance/zones/deyang");
        assertThat(recipientsOf(required)).containsExactly("officer-deyang");

        String lifted = events.send(
                ContractEvents.ZONE_MODERATION_CHANGED,
                "deyang",
                ContractEvents.zoneModerationChanged("deyang", false));
        MimeMessage off = awaitMail("officer-deyang", "园区清单改为直接发布：德阳高新区");
        assertThat(text(off)).contains("已提交待审核的条目仍由秘书处审核");
        assertThat(recipientsOf(lifted)).containsExactly("officer-deyang");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("ZONE_MODERATION_REQUIRED"))
                .body("items.kind", hasItem("ZONE_MODERATION_LIFTED"));
    }

    @Test
    @TestSecurity(user = "follower-a", roles = "researcher")
    void searchersHearOfNewMatchesUnderTheirOwnSearchNameAndFollowersOfChanges() throws Exception {
        String searcher = ContractEvents.unique("searcher");
        UUID item = UUID.randomUUID();
        String title = "成都固态电池中试需求" + item.toString().substring(0, 8);
        String matched = events.send(
                ContractEvents.SAVED_SEARCH_MATCHED,
                item.toString(),
                ContractEvents.savedSearchMatched(item, title, searcher, "成都电池需求"));
        MimeMessage match = awaitMail(searcher, "订阅的检索有新条目：成都高新区需求“" + title + "”");
        assertThat(text(match))
                .contains("符合您保存的检索（成都电池需求）")
                .contains("http://127.0.0.1:8080/alliance/board-items/" + item);
        assertThat(recipientsOf(matched)).containsExactly(searcher);

        String enFollower = ContractEvents.unique("en-follower");
        String withdrawn = events.send(
                ContractEvents.FOLLOWED_ITEM_CHANGED,
                item.toString(),
                ContractEvents.followedItemChanged(item, title, "WITHDRAWN", "follower-a", enFollower));
        awaitMail("follower-a", "关注的条目已撤回：“" + title + "”");
        MimeMessage en = awaitMail(enFollower, "A followed item was withdrawn: \"" + title + "\"");
        assertThat(text(en)).contains("has been withdrawn from the alliance board");
        await().atMost(PATIENCE).until(() -> recipientsOf(withdrawn).size() == 2);
        assertThat(recipientsOf(withdrawn)).containsExactlyInAnyOrder("follower-a", enFollower);

        UUID project = UUID.randomUUID();
        String projectTitle = "固态电池联合攻关项目" + project.toString().substring(0, 8);
        events.send(
                ContractEvents.FOLLOWED_PROJECT_STAGE_CHANGED,
                project.toString(),
                ContractEvents.followedProjectStageChanged(project, projectTitle, "follower-a"));
        MimeMessage stage = awaitMail("follower-a", "关注的项目进入新阶段：“" + projectTitle + "”");
        assertThat(text(stage))
                .contains("已从“项目收集”进入“签约共建”阶段")
                .contains("http://127.0.0.1:8080/alliance/projects/" + project);
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("FOLLOWED_PROJECT_STAGE_CHANGED"))
                .body("items.kind", hasItem("FOLLOWED_ITEM_WITHDRAWN"))
                .body("items.category", hasItem("FOLLOW"));
    }

    @Test
    @TestSecurity(user = "officer-luzhou", roles = "zone-officer")
    void anInterestIsToldToTheOwningSideAndItsAnswerAndIntroductionToTheExpresser() throws Exception {
        String company = ContractEvents.unique("company");
        UUID interest = UUID.randomUUID();
        String expressed = events.send(
                ContractEvents.INTEREST_EXPRESSED,
                interest.toString(),
                ContractEvents.interestExpressed(interest, "luzhou", null, company));
        MimeMessage owner = awaitMail("officer-luzhou", "收到对接意向：重庆易智网公司关注“动力电池回收技术需求”");
        assertThat(text(owner)).contains("http://127.0.0.1:8080/alliance/interests/" + interest);
        assertThat(recipientsOf(expressed)).containsExactly("officer-luzhou");

        String answered = events.send(
                ContractEvents.INTEREST_ANSWERED,
                interest.toString(),
                ContractEvents.interestDeclined(interest, "luzhou", company));
        MimeMessage declined = awaitMails(company, 1).get(0);
        assertThat(declined.getSubject()).isEqualTo("对接意向被婉拒：“动力电池回收技术需求”");
        assertThat(text(declined)).contains("泸州高新区婉拒（理由：时机尚早）").contains("答复意见：需求仍在论证，明年再议");
        assertThat(recipientsOf(answered)).containsExactly(company);

        String introduced = events.send(
                ContractEvents.INTEREST_INTRODUCED,
                interest.toString(),
                ContractEvents.interestIntroduced(interest, "luzhou", company));
        await().atMost(PATIENCE).until(() -> recipientsOf(introduced).size() == 2);
        assertThat(recipientsOf(introduced)).containsExactlyInAnyOrder(company, "officer-luzhou");
        assertThat(text(awaitMails(company, 2).get(1))).contains("持证技术经纪人王芳（证书编号 NTTB-2020-000001）");
        given().when()
                .get("/api/notifications/notifications/mine")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("INTEREST_EXPRESSED"))
                .body("items.category", hasItem("INTEREST"));

        String author = ContractEvents.unique("en-author");
        UUID inOffer = UUID.randomUUID();
        events.send(
                ContractEvents.INTEREST_EXPRESSED,
                inOffer.toString(),
                ContractEvents.interestExpressed(inOffer, null, author, company));
        assertThat(awaitMails(author, 1).get(0).getSubject()).isEqualTo("Interest received: 重庆易智网公司 in \"动力电池回收技术需求\"");
    }

    @Test
    @TestSecurity(user = "expert-discussing", roles = "reviewer")
    void aDiscussionPostIsToldToEachOtherReviewerInTheirLanguage() throws Exception {
        String english = ContractEvents.unique("en-expert");
        UUID paper = UUID.randomUUID();
        String id = events.send(
                ContractEvents.DISCUSSION_POSTED,
                paper.toString(),
                ContractEvents.discussionPosted(paper, "审稿人 2", "expert-discussing", english));
        assertThat(awaitMails("expert-discussing", 1).get(0).getSubject()).isEqualTo("论文讨论新帖：《玉米株型调控基因的遗传解析》");
        MimeMessage mail = awaitMails(english, 1).get(0);
        assertThat(text(mail)).contains("Hello, Reviewer 2 has posted in the reviewers' discussion");
        assertThat(recipientsOf(id)).containsExactlyInAnyOrder("expert-discussing", english);
    }

    @Test
    @TestSecurity(user = "reader-a", roles = "trainee")
    void onlyTheRecipientMayMarkANotificationRead() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        events.send(ContractEvents.ENROLLED, mine.toString(), ContractEvents.enrolled(mine, "reader-a", "甲", false));
        events.send(
                ContractEvents.ENROLLED, theirs.toString(), ContractEvents.enrolled(theirs, "reader-b", "乙", false));
        await().atMost(PATIENCE).until(() -> count("reader-a") == 1 && count("reader-b") == 1);
        UUID own = idOf("reader-a");
        UUID other = idOf("reader-b");

        given().when()
                .post("/api/notifications/notifications/" + other + "/read")
                .then()
                .statusCode(404)
                .body("title", equalTo("资源不存在"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(other).readAt))
                .isNull();
        given().when()
                .post("/api/notifications/notifications/" + own + "/read")
                .then()
                .statusCode(200)
                .body("id", equalTo(own.toString()))
                .body("readAt", notNullValue());
        given().when()
                .get("/api/notifications/notifications/mine/unread-count")
                .then()
                .body("unread", equalTo(0));
    }

    @Test
    void withoutATokenNothingIsShown() {
        given().when().get("/api/notifications/notifications/mine").then().statusCode(401);
    }

    private List<MimeMessage> awaitMails(String user, int count) {
        String address = user + "@" + MailAndDirectory.DOMAIN;
        await().atMost(PATIENCE).until(() -> mail.getReceivedMessagesForDomain(address).length >= count);
        return Arrays.asList(mail.getReceivedMessagesForDomain(address));
    }

    /** The user's mail with this subject (their mailbox may hold others' tests' mails too). */
    private MimeMessage awaitMail(String user, String subject) {
        String address = user + "@" + MailAndDirectory.DOMAIN;
        return await().atMost(PATIENCE)
                .until(
                        () -> Arrays.stream(mail.getReceivedMessagesForDomain(address))
                                .filter(m -> subject.equals(subjectOf(m)))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who the event made notifications for. */
    private List<String> recipientsOf(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select recipient from notification where event_id = ?1 order by recipient",
                                String.class)
                        .setParameter(1, eventId)
                        .getResultList());
    }

    /** The addresses of every e-mail received whose subject names this text. */
    private List<String> mailsAbout(String subjectText) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (MimeMessage received : mail.getReceivedMessages()) {
            if (received.getSubject().contains(subjectText)) {
                for (Address address : received.getAllRecipients()) {
                    addresses.add(address.toString());
                }
            }
        }
        return addresses;
    }

    private int emailsAbout(String user) {
        return mail.getReceivedMessagesForDomain(user + "@" + MailAndDirectory.DOMAIN).length;
    }

    private static long count(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("recipient", recipient));
    }

    private static UUID idOf(String recipient) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        Notification.<Notification>find("recipient", recipient).firstResult().id);
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String text) {
        Matcher matcher = Pattern.compile("token=([A-Za-z0-9_\\-.]+)").matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
