package cn.chuanyu.notification.rule;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a message is about: people opt out of e-mail per category (in-app notifications always appear). */
@Schema(
        description = "What a notification is about; e-mail can be switched off per category",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"ENROLMENT": "报名与候补", "EXAM": "考试成绩", "CERTIFICATE": "结业证书",
                           "OFFER_MATCH": "成果与需求匹配", "REVIEW": "论文评审任务",
                           "PAPER": "论文录用与获奖", "ATTENDANCE": "出勤预警",
                           "PROJECT": "项目定期会商", "SECONDMENT": "干部互派挂职",
                           "INTEREST": "意向对接", "BOARD": "清单审核", "FOLLOW": "关注与订阅"},
                 "en": {"ENROLMENT": "Enrolment and waiting list", "EXAM": "Exam results",
                        "CERTIFICATE": "Certificates", "OFFER_MATCH": "Offers matching your zone's demands",
                        "REVIEW": "Papers to review", "PAPER": "Paper decisions and awards",
                        "ATTENDANCE": "Attendance warnings", "PROJECT": "Project consultations",
                        "SECONDMENT": "Secondments between zones", "INTEREST": "Expressions of interest",
                        "BOARD": "Board items awaiting approval or returned",
                        "FOLLOW": "Followed items and projects, saved searches"}}"""))
public enum Category {
    ENROLMENT,
    EXAM,
    CERTIFICATE,
    OFFER_MATCH,
    REVIEW,
    PAPER,
    ATTENDANCE,
    PROJECT,
    SECONDMENT,
    INTEREST,
    BOARD,
    FOLLOW
}
