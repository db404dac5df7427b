package cn.chuanyu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TestEventProducer;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The other contexts' events as they publish them, checked against their contract before they are sent. */
public final class ContractEvents implements AutoCloseable {

    public static final String ENROLLED = "cn.chuanyu.training.trainee.enrolled.v1";
    public static final String EXAM_FAILED = "cn.chuanyu.training.exam.failed.v1";
    public static final String CERTIFICATE_ISSUED = "cn.chuanyu.training.certificate.issued.v1";
    public static final String CERTIFICATE_REVOKED = "cn.chuanyu.training.certificate.revoked.v1";
    public static final String CERTIFICATE_EXPIRING = "cn.chuanyu.training.certificate.expiring.v1";
    public static final String ATTENDANCE_UNREACHABLE = "cn.chuanyu.training.attendance.minimum-unreachable.v1";
    public static final String CONSULTATION_OVERDUE = "cn.chuanyu.alliance.project.consultation-overdue.v1";
    public static final String SECONDMENT_PROPOSED = "cn.chuanyu.alliance.secondment.proposed.v1";
    public static final String SECONDMENT_ANSWERED = "cn.chuanyu.alliance.secondment.answered.v1";
    public static final String INTEREST_EXPRESSED = "cn.chuanyu.alliance.interest.expressed.v1";
    public static final String INTEREST_ANSWERED = "cn.chuanyu.alliance.interest.answered.v1";
    public static final String INTEREST_INTRODUCED = "cn.chuanyu.alliance.interest.introduced.v1";
    public static final String BOARD_ITEM_SUBMITTED = "cn.chuanyu.alliance.board-item.submitted.v1";
    public static final String BOARD_ITEM_RETURNED = "cn.chuanyu.alliance.board-item.returned.v1";
    public static final String ZONE_MODERATION_CHANGED = "cn.chuanyu.alliance.zone.moderation-changed.v1";
    public static final String SAVED_SEARCH_MATCHED = "cn.chuanyu.alliance.saved-search.matched.v1";
    public static final String FOLLOWED_ITEM_CHANGED = "cn.chuanyu.alliance.followed-item.changed.v1";
    public static final String FOLLOWED_PROJECT_STAGE_CHANGED = "cn.chuanyu.alliance.followed-project.stage-changed.v1";
    public static final String BOARD_ITEM_PUBLISHED = "cn.chuanyu.alliance.board-item.published.v1";
    public static final String INTENT_PUBLISHED = "cn.chuanyu.conference.intent.published.v1";
    public static final String REVIEW_ASSIGNED = "cn.chuanyu.conference.review.assigned.v1";
    public static final String PAPER_DECIDED = "cn.chuanyu.conference.paper.decided.v1";
    public static final String REVIEW_REMINDER_DUE = "cn.chuanyu.conference.review.reminder-due.v1";
    public static final String REVIEW_OVERDUE = "cn.chuanyu.conference.review.overdue.v1";
    public static final String DISCUSSION_POSTED = "cn.chuanyu.conference.paper.discussion-posted.v1";
    public static final String REVIEWS_RELEASED = "cn.chuanyu.conference.paper.reviews-released.v1";
    public static final String AWARD_ANNOUNCED = "cn.chuanyu.conference.paper.award-announced.v1";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private final TestEventProducer producer = TestEventProducer.create();

    /** A fresh account name, e.g. {@code trainee-123456}. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** Sends the event as its context would; returns its id. */
    public String send(String type, String key, String data) {
        assertThat(EventSchemas.violations(type, data))
                .as("test event must honour the contract")
                .isEmpty();
        String id = UUID.randomUUID().toString();
        resend(id, type, key, data);
        return id;
    }

    /** Sends an event again with the same id, as a redelivery would. */
    public void resend(String id, String type, String key, String data) {
        String context = type.split("\\.")[2];
        producer.sendCloudEvent(topic(type), "/chuanyu/" + context + "-service", id, type, key, data);
    }

    public static String enrolled(UUID enrolment, String trainee, String name, boolean fromWaitingList) {
        String template = """
                {"enrolmentId": "%s", "programmeId": "%s", "trainee": {"subject": "%s", "name": "%s"},
                 "enrolledAt": "%s", "fromWaitingList": %s}""";
        return template.formatted(enrolment, UUID.randomUUID(), trainee, name, Instant.now(), fromWaitingList);
    }

    public static String enrolledIn(UUID enrolment, String trainee, String name, String programme) {
        String template = """
                {"enrolmentId": "%s", "programmeId": "%s", "programmeName": "%s",
                 "trainee": {"subject": "%s", "name": "%s"}, "enrolledAt": "%s", "fromWaitingList": false}""";
        return template.formatted(enrolment, UUID.randomUUID(), programme, trainee, name, Instant.now());
    }

    public static String examFailed(UUID enrolment, String trainee, String name) {
        String template = """
                {"resultId": "%s", "sittingId": "%s", "programmeId": "%s", "enrolmentId": "%s",
                 "trainee": {"subject": "%s", "name": "%s"}, "score": 55.5, "passMark": 60, "attempt": 1,
                 "retakesLeft": 1, "recordedAt": "%s", "recordedBy": "instructor"}""";
        return template.formatted(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), enrolment, trainee, name, Instant.now());
    }

    public static String certificateIssued(UUID certificate, String number, String holder, String name) {
        String template = """
                {"certificateId": "%s", "certificateNumber": "%s", "holder": {"subject": "%s", "name": "%s"},
                 "level": "PRIMARY", "programmeId": "%s", "issuedOn": "2020-12-24", "expiresOn": "2023-12-23"}""";
        return template.formatted(certificate, number, holder, name, UUID.randomUUID());
    }

    public static String certificateRevoked(UUID certificate, String number) {
        String template = """
                {"certificateId": "%s", "certificateNumber": "%s", "revokedAt": "%s", "reason": "考试成绩录入有误"}""";
        return template.formatted(certificate, number, Instant.now());
    }

    public static String certificateRevoked(UUID certificate, String number, String holder, String name) {
        String template = """
                {"certificateId": "%s", "certificateNumber": "%s", "holder": {"subject": "%s", "name": "%s"},
                 "revokedAt": "%s", "reason": "考试成绩录入有误"}""";
        return template.formatted(certificate, number, holder, name, Instant.now());
    }

    public static String certificateExpiring(UUID certificate, String number, String holder, String name) {
        String template = """
                {"certificateId": "%s", "certificateNumber": "%s", "holder": {"subject": "%s", "name": "%s"},
                 "level": "PRIMARY", "programmeId": "%s", "expiresOn": "2023-12-23", "daysLeft": 59,
                 "noticedAt": "%s"}""";
        return template.formatted(certificate, number, holder, name, UUID.randomUUID(), Instant.now());
    }

    public static String attendanceUnreachable(UUID enrolment, String trainee, String name, String instructor) {
        String template = """
                {"enrolmentId": "%s", "programmeId": "%s", "programmeName": "2020年初级技术经纪人培训班",
                 "trainee": {"subject": "%s", "name": "%s"}, "courseId": "%s", "courseTitle": "技术转移政策与法规解读",
                 "instructor": "%s", "sessionsTotal": 16, "sessionsMissed": 4, "bestAchievableRate": 0.75,
                 "minimumRate": 0.8, "detectedAt": "%s"}""";
        return template.formatted(
                enrolment, UUID.randomUUID(), trainee, name, UUID.randomUUID(), instructor, Instant.now());
    }

    public static String consultationOverdue(UUID project, String title, String lead, String partner) {
        String template = """
                {"projectId": "%s", "title": "%s", "leadZone": "%s", "partnerZones": ["%s"], "stage": "CONSULTING",
                 "lastContactOn": "2021-01-10", "lastConsultedOn": "2021-01-10", "daysSinceLastContact": 91,
                 "allowedDays": 90, "noticedAt": "%s"}""";
        return template.formatted(project, title, lead, partner, Instant.now());
    }

    public static String secondmentProposed(UUID secondment, String person, String home, String host) {
        String template = """
                {"secondmentId": "%s", "personName": "%s", "position": "科技创新局副局长", "kind": "CADRE",
                 "homeZone": "%s", "hostZone": "%s", "hostPost": null, "startsOn": "2021-03-01",
                 "endsOn": "2022-02-28", "proposedBy": "officer-%s", "proposedAt": "%s"}""";
        return template.formatted(secondment, person, home, host, home, Instant.now());
    }

    public static String secondmentAnswered(UUID secondment, String person, String home, String host, String answer) {
        String template = """
                {"secondmentId": "%s", "personName": "%s", "kind": "CADRE", "homeZone": "%s", "hostZone": "%s",
                 "startsOn": "2021-03-01", "endsOn": "2022-02-28", "answer": "%s", "answeredBy": "officer-%s",
                 "answeredAt": "%s", "note": "同意接收，安排在改革发展局"}""";
        return template.formatted(secondment, person, home, host, answer, host, Instant.now());
    }

    /** An interest in a board item of {@code zone} (offerAuthor null) or in an offer of {@code offerAuthor}. */
    public static String interestExpressed(UUID interest, String zone, String offerAuthor, String expresser) {
        String template = """
                {"interestId": "%s", "boardItemId": %s, "offerId": %s, "targetTitle": "动力电池回收技术需求",
                 "ownerZone": %s, "ownerUser": %s, "expressedBy": "%s", "expresserRole": "COMPANY_REPRESENTATIVE",
                 "expresserZone": null, "organisation": "重庆易智网公司", "expressedAt": "%s"}""";
        boolean item = offerAuthor == null;
        return template.formatted(
                interest,
                item ? quoted(UUID.randomUUID()) : "null",
                item ? "null" : quoted(UUID.randomUUID()),
                item ? quoted(zone) : "null",
                item ? "null" : quoted(offerAuthor),
                expresser,
                Instant.now());
    }

    public static String boardItemSubmitted(UUID item, String zone, String title) {
        String template = """
                {"itemId": "%s", "zone": "%s", "kind": "DEMAND", "title": "%s", "submittedBy": "officer-%s",
                 "submittedAt": "%s"}""";
        return template.formatted(item, zone, title, zone, Instant.now());
    }

    public static String boardItemReturned(UUID item, String zone, String title, String reason) {
        String template = """
                {"itemId": "%s", "zone": "%s", "kind": "DEMAND", "title": "%s", "reason": "%s",
                 "submittedBy": "officer-%s", "returnedBy": "secretariat-wang", "returnedAt": "%s"}""";
        return template.formatted(item, zone, title, reason, zone, Instant.now());
    }

    public static String zoneModerationChanged(String zone, boolean required) {
        String template = """
                {"zone": "%s", "moderationRequired": %s, "changedBy": "secretariat-wang", "changedAt": "%s"}""";
        return template.formatted(zone, required, Instant.now());
    }

    public static String savedSearchMatched(UUID item, String title, String user, String search) {
        String template = """
                {"itemId": "%s", "zone": "chengdu", "kind": "DEMAND", "title": "%s", "publishedAt": "%s",
                 "recipients": [{"user": "%s", "searches": ["%s"]}]}""";
        return template.formatted(item, title, Instant.now(), user, search);
    }

    public static String followedItemChanged(UUID item, String title, String status, String... followers) {
        String template = """
                {"itemId": "%s", "zone": "chengdu", "kind": "DEMAND", "title": "%s", "status": "%s",
                 "changedAt": "%s", "followers": [%s]}""";
        return template.formatted(item, title, status, Instant.now(), quoted(followers));
    }

    public static String followedProjectStageChanged(UUID project, String title, String... followers) {
        String template = """
                {"projectId": "%s", "title": "%s", "leadZone": "chengdu", "from": "PROJECT_COLLECTED",
                 "to": "SIGNED", "changedAt": "%s", "followers": [%s]}""";
        return template.formatted(project, title, Instant.now(), quoted(followers));
    }

    private static String quoted(String... names) {
        return String.join(",", Arrays.stream(names).map(n -> "\"" + n + "\"").toList());
    }

    public static String interestDeclined(UUID interest, String zone, String expresser) {
        String template = """
                {"interestId": "%s", "boardItemId": "%s", "offerId": null, "targetTitle": "动力电池回收技术需求",
                 "ownerZone": "%s", "ownerUser": null, "expressedBy": "%s", "answer": "DECLINED",
                 "declineReason": "TOO_EARLY", "note": "需求仍在论证，明年再议", "answeredBy": "officer-%s",
                 "answeredAt": "%s"}""";
        return template.formatted(interest, UUID.randomUUID(), zone, expresser, zone, Instant.now());
    }

    public static String interestIntroduced(UUID interest, String zone, String expresser) {
        String template = """
                {"interestId": "%s", "boardItemId": "%s", "offerId": null, "targetTitle": "动力电池回收技术需求",
                 "ownerZone": "%s", "ownerUser": null, "expressedBy": "%s",
                 "brokerCertificateNumber": "NTTB-2020-000001", "brokerName": "王芳", "introducedBy": "officer-%s",
                 "introducedAt": "%s"}""";
        return template.formatted(interest, UUID.randomUUID(), zone, expresser, zone, Instant.now());
    }

    public static String discussionPosted(UUID paper, String postedAs, String... recipients) {
        String template = """
                {"postId": "%s", "paperId": "%s", "conferenceId": "%s", "title": "玉米株型调控基因的遗传解析",
                 "postedAs": "%s", "recipients": [%s], "postedAt": "%s"}""";
        String list = String.join(
                ", ", Arrays.stream(recipients).map(ContractEvents::quoted).toList());
        return template.formatted(UUID.randomUUID(), paper, UUID.randomUUID(), postedAs, list, Instant.now());
    }

    private static String quoted(Object value) {
        return "\"" + value + "\"";
    }

    public static String demandPublished(UUID item, String zone, String title, String industry) {
        String template = """
                {"itemId": "%s", "zone": "%s", "kind": "DEMAND", "title": "%s", "description": "寻求合作伙伴",
                 "industries": ["%s"], "keywords": [], "validFrom": "2020-12-06", "validUntil": "2021-12-31",
                 "publishedAt": "%s"}""";
        return template.formatted(item, zone, title, industry, Instant.now());
    }

    public static String offerPublished(UUID intent, String title, String discipline) {
        String template = """
                {"intentId": "%s", "kind": "OFFER", "title": "%s", "summary": "寻求重庆化学、材料领域伙伴",
                 "disciplines": ["%s"], "keywords": [], "partnerTypesSought": ["ENTERPRISE"],
                 "publishedBy": "fancong", "publishedAt": "%s"}""";
        return template.formatted(intent, title, discipline, Instant.now());
    }

    public static String reviewAssigned(UUID assignment, UUID paper, String title, String reviewer, String name) {
        String template = """
                {"assignmentId": "%s", "paperId": "%s", "conferenceId": "%s", "title": "%s",
                 "reviewer": {"subject": "%s", "name": "%s"}, "assignedAt": "%s"}""";
        return template.formatted(assignment, paper, UUID.randomUUID(), title, reviewer, name, Instant.now());
    }

    public static String paperDecided(UUID paper, String title, String decision, String submitter) {
        String template = """
                {"paperId": "%s", "conferenceId": "%s", "title": "%s", "decision": "%s", "submittedBy": "%s",
                 "reviewCount": 2, "crossRegion": true, "decidedAt": "%s"}""";
        return template.formatted(paper, UUID.randomUUID(), title, decision, submitter, Instant.now());
    }

    /** A reminder-due (days = daysLeft) or overdue (days = daysOverdue) event of a review due on 2020-11-28. */
    public static String reviewDeadline(
            String type, UUID assignment, UUID paper, String title, String reviewer, String name, int days) {
        String daysField = REVIEW_OVERDUE.equals(type) ? "daysOverdue" : "daysLeft";
        String template = """
                {"assignmentId": "%s", "paperId": "%s", "conferenceId": "%s", "title": "%s",
                 "reviewer": {"subject": "%s", "name": "%s"}, "dueOn": "2020-11-28", "%s": %d}""";
        return template.formatted(assignment, paper, UUID.randomUUID(), title, reviewer, name, daysField, days);
    }

    public static String reviewsReleased(UUID paper, String title, String submitter) {
        String template = """
                {"paperId": "%s", "conferenceId": "%s", "title": "%s", "decision": "REJECTED", "submittedBy": "%s",
                 "reviewCount": 3, "releasedAt": "%s"}""";
        return template.formatted(paper, UUID.randomUUID(), title, submitter, Instant.now());
    }

    public static String awardAnnounced(UUID paper, String title, String grade, String submitter) {
        String template = """
                {"awardId": "%s", "paperId": "%s", "conferenceId": "%s", "title": "%s", "grade": "%s",
                 "authors": [{"name": "郭超", "institution": "四川大学玉米研究所", "region": "SICHUAN"},
                             {"name": "贺俊", "institution": "西南大学", "region": "CHONGQING"}],
                 "crossRegion": true, "submittedBy": "%s", "announcedAt": "%s"}""";
        return template.formatted(UUID.randomUUID(), paper, UUID.randomUUID(), title, grade, submitter, Instant.now());
    }

    private static String topic(String type) {
        return switch (type) {
            case ENROLLED -> "chuanyu.training.enrolments";
            case EXAM_FAILED, ATTENDANCE_UNREACHABLE -> "chuanyu.training.exams";
            case CERTIFICATE_ISSUED, CERTIFICATE_REVOKED, CERTIFICATE_EXPIRING -> "chuanyu.training.certificates";
            case BOARD_ITEM_PUBLISHED -> "chuanyu.alliance.board-items";
            case CONSULTATION_OVERDUE -> "chuanyu.alliance.projects";
            case SECONDMENT_PROPOSED, SECONDMENT_ANSWERED -> "chuanyu.alliance.secondments";
            case INTEREST_EXPRESSED, INTEREST_ANSWERED, INTEREST_INTRODUCED -> "chuanyu.alliance.interests";
            case BOARD_ITEM_SUBMITTED,
                    BOARD_ITEM_RETURNED,
                    ZONE_MODERATION_CHANGED,
                    SAVED_SEARCH_MATCHED,
                    FOLLOWED_ITEM_CHANGED,
                    FOLLOWED_PROJECT_STAGE_CHANGED -> "chuanyu.alliance.board-notices";
            case INTENT_PUBLISHED -> "chuanyu.conference.intents";
            case REVIEW_ASSIGNED, REVIEWS_RELEASED, REVIEW_REMINDER_DUE, REVIEW_OVERDUE, DISCUSSION_POSTED ->
                "chuanyu.conference.reviews";
            case PAPER_DECIDED, AWARD_ANNOUNCED -> "chuanyu.conference.papers";
            default -> throw new IllegalArgumentException(type);
        };
    }

    @Override
    public void close() {
        producer.close();
    }
}
