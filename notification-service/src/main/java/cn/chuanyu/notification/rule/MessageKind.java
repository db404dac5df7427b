package cn.chuanyu.notification.rule;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Each kind of message the rules make: its category, and which frontend page its link opens (a key of
 * {@code chuanyu.notification.links}). Its texts are the templates {@code messages/<kind>.<locale>.txt}.
 */
@Schema(
        description = "The kind of a notification (which rule made it)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"TRAINEE_ENROLLED": "报名成功", "TRAINEE_PROMOTED": "候补转正",
                           "EXAM_PASSED": "考试通过", "EXAM_FAILED": "考试未通过",
                           "CERTIFICATE_ISSUED": "证书颁发", "CERTIFICATE_REVOKED": "证书撤销",
                           "OFFER_MATCHED": "新成果匹配需求", "REVIEW_ASSIGNED": "评审任务",
                           "PAPER_ACCEPTED": "论文录用", "PAPER_REJECTED": "论文未录用",
                           "PAPER_AWARDED": "论文获奖", "REVIEWS_RELEASED": "评审意见已公开",
                           "REVIEW_REMINDER": "评审即将截止", "REVIEW_OVERDUE": "评审已逾期",
                           "DISCUSSION_POSTED": "论文讨论新帖",
                           "CERTIFICATE_EXPIRING": "证书即将到期",
                           "ATTENDANCE_SHORTFALL": "出勤率无法达到考试要求",
                           "ATTENDANCE_SHORTFALL_INSTRUCTOR": "学员出勤率无法达到考试要求",
                           "CONSULTATION_OVERDUE": "项目定期会商逾期", "SECONDMENT_PROPOSED": "挂职提议",
                           "SECONDMENT_ACCEPTED": "挂职提议已接受", "SECONDMENT_DECLINED": "挂职提议被婉拒",
                           "INTEREST_EXPRESSED": "收到对接意向", "INTEREST_ACCEPTED": "对接意向已接受",
                           "INTEREST_DECLINED": "对接意向被婉拒", "INTEREST_INTRODUCED": "经纪人引荐对接",
                           "BOARD_ITEM_SUBMITTED": "清单条目待审核", "BOARD_ITEM_RETURNED": "清单条目被退回",
                           "ZONE_MODERATION_REQUIRED": "园区清单改为需审核后发布",
                           "ZONE_MODERATION_LIFTED": "园区清单改为直接发布",
                           "SAVED_SEARCH_MATCHED": "订阅的检索有新条目", "FOLLOWED_ITEM_WITHDRAWN": "关注的条目已撤回",
                           "FOLLOWED_ITEM_EXPIRED": "关注的条目已过期",
                           "FOLLOWED_PROJECT_STAGE_CHANGED": "关注的项目进入新阶段"},
                 "en": {"TRAINEE_ENROLLED": "Enrolled", "TRAINEE_PROMOTED": "Moved up from the waiting list",
                        "EXAM_PASSED": "Exam passed", "EXAM_FAILED": "Exam failed",
                        "CERTIFICATE_ISSUED": "Certificate issued", "CERTIFICATE_REVOKED": "Certificate revoked",
                        "OFFER_MATCHED": "A new offer matches a demand", "REVIEW_ASSIGNED": "Paper to review",
                        "PAPER_ACCEPTED": "Paper accepted", "PAPER_REJECTED": "Paper not accepted",
                        "PAPER_AWARDED": "Paper awarded", "REVIEWS_RELEASED": "Reviews released",
                        "REVIEW_REMINDER": "Review due soon", "REVIEW_OVERDUE": "Review overdue",
                        "DISCUSSION_POSTED": "New post in a paper's discussion",
                        "CERTIFICATE_EXPIRING": "Certificate expiring",
                        "ATTENDANCE_SHORTFALL": "Attendance can no longer reach the exam minimum",
                        "ATTENDANCE_SHORTFALL_INSTRUCTOR": "A trainee can no longer reach the attendance minimum",
                        "CONSULTATION_OVERDUE": "A project's regular consultation is overdue",
                        "SECONDMENT_PROPOSED": "Secondment proposed", "SECONDMENT_ACCEPTED": "Secondment accepted",
                        "SECONDMENT_DECLINED": "Secondment declined", "INTEREST_EXPRESSED": "Interest received",
                        "INTEREST_ACCEPTED": "Interest accepted", "INTEREST_DECLINED": "Interest declined",
                        "INTEREST_INTRODUCED": "Introduced through a broker",
                        "BOARD_ITEM_SUBMITTED": "Board item awaiting approval",
                        "BOARD_ITEM_RETURNED": "Board item returned for changes",
                        "ZONE_MODERATION_REQUIRED": "Your zone's board items now need approval",
                        "ZONE_MODERATION_LIFTED": "Your zone's board items are published at once again",
                        "SAVED_SEARCH_MATCHED": "New item matching your saved search",
                        "FOLLOWED_ITEM_WITHDRAWN": "A followed item was withdrawn",
                        "FOLLOWED_ITEM_EXPIRED": "A followed item expired",
                        "FOLLOWED_PROJECT_STAGE_CHANGED": "A followed project changed stage"}}"""))
public enum MessageKind {
    TRAINEE_ENROLLED(Category.ENROLMENT, "enrolment"),
    TRAINEE_PROMOTED(Category.ENROLMENT, "enrolment"),
    EXAM_PASSED(Category.EXAM, "exam-result"),
    EXAM_FAILED(Category.EXAM, "exam-result"),
    CERTIFICATE_ISSUED(Category.CERTIFICATE, "certificate"),
    CERTIFICATE_REVOKED(Category.CERTIFICATE, "certificate"),
    CERTIFICATE_EXPIRING(Category.CERTIFICATE, "certificate"),
    ATTENDANCE_SHORTFALL(Category.ATTENDANCE, "enrolment"),
    ATTENDANCE_SHORTFALL_INSTRUCTOR(Category.ATTENDANCE, "enrolment"),
    OFFER_MATCHED(Category.OFFER_MATCH, "offer"),
    CONSULTATION_OVERDUE(Category.PROJECT, "project"),
    SECONDMENT_PROPOSED(Category.SECONDMENT, "secondment"),
    SECONDMENT_ACCEPTED(Category.SECONDMENT, "secondment"),
    SECONDMENT_DECLINED(Category.SECONDMENT, "secondment"),
    INTEREST_EXPRESSED(Category.INTEREST, "interest"),
    INTEREST_ACCEPTED(Category.INTEREST, "interest"),
    INTEREST_DECLINED(Category.INTEREST, "interest"),
    INTEREST_INTRODUCED(Category.INTEREST, "interest"),
    BOARD_ITEM_SUBMITTED(Category.BOARD, "board-item"),
    BOARD_ITEM_RETURNED(Category.BOARD, "board-item"),
    ZONE_MODERATION_REQUIRED(Category.BOARD, "zone"),
    ZONE_MODERATION_LIFTED(Category.BOARD, "zone"),
    SAVED_SEARCH_MATCHED(Category.FOLLOW, "board-item"),
    FOLLOWED_ITEM_WITHDRAWN(Category.FOLLOW, "board-item"),
    FOLLOWED_ITEM_EXPIRED(Category.FOLLOW, "board-item"),
    FOLLOWED_PROJECT_STAGE_CHANGED(Category.FOLLOW, "project"),
    REVIEW_ASSIGNED(Category.REVIEW, "review-assignment"),
    REVIEW_REMINDER(Category.REVIEW, "review-assignment"),
    REVIEW_OVERDUE(Category.REVIEW, "review-assignment"),
    DISCUSSION_POSTED(Category.REVIEW, "paper"),
    PAPER_ACCEPTED(Category.PAPER, "paper"),
    PAPER_REJECTED(Category.PAPER, "paper"),
    PAPER_AWARDED(Category.PAPER, "paper"),
    REVIEWS_RELEASED(Category.PAPER, "paper");

    public final Category category;
    public final String page;

    MessageKind(Category category, String page) {
        this.category = category;
        this.page = page;
    }

    /** The template's name: {@code messages/trainee-enrolled.zh-CN.txt}. */
    public String template(Locale locale) {
        return "messages/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + locale.toLanguageTag() + ".txt";
    }
}
