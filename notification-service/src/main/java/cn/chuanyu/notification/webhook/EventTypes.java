package cn.chuanyu.notification.webhook;

import java.util.Set;

/**
 * The event types of the contract topics (event-contracts), which partners may subscribe to; internal topics' never.
 */
public final class EventTypes {

    public static final Set<String> KNOWN = Set.of(
            "cn.chuanyu.alliance.board-item.published.v1",
            "cn.chuanyu.alliance.board-item.withdrawn.v1",
            "cn.chuanyu.alliance.project.consultation-overdue.v1",
            "cn.chuanyu.alliance.project.stage-changed.v1",
            "cn.chuanyu.alliance.release.published.v1",
            "cn.chuanyu.alliance.seminar.held.v1",
            "cn.chuanyu.conference.intent.published.v1",
            "cn.chuanyu.conference.intent.withdrawn.v1",
            "cn.chuanyu.conference.paper.award-announced.v1",
            "cn.chuanyu.conference.paper.awarded.v1",
            "cn.chuanyu.conference.paper.camera-ready-submitted.v1",
            "cn.chuanyu.conference.paper.decided.v1",
            "cn.chuanyu.conference.paper.submitted.v1",
            "cn.chuanyu.conference.society.awarded.v1",
            "cn.chuanyu.training.attendance.minimum-unreachable.v1",
            "cn.chuanyu.training.certificate.expiring.v1",
            "cn.chuanyu.training.certificate.issued.v1",
            "cn.chuanyu.training.certificate.revoked.v1",
            "cn.chuanyu.training.exam.failed.v1",
            "cn.chuanyu.training.exam.passed.v1",
            "cn.chuanyu.training.trainee.enrolled.v1",
            "cn.chuanyu.training.trainee.withdrawn.v1");

    private EventTypes() {}
}
