package cn.chuanyu.alliance.interest;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PENDING until the owning side answers: ACCEPTED or DECLINED; an accepted interest may be INTRODUCED through a
 * certified broker. The expresser may withdraw a pending or accepted one.
 */
@Schema(
        description =
                "PENDING until the owning side answers; ACCEPTED or DECLINED by it; INTRODUCED through a certified "
                        + "broker after acceptance; WITHDRAWN by the expresser while pending or accepted",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"PENDING": "待答复", "ACCEPTED": "已接受", "DECLINED": "已婉拒", "WITHDRAWN": "已撤回",
                           "INTRODUCED": "已引荐对接"},
                 "en": {"PENDING": "Pending", "ACCEPTED": "Accepted", "DECLINED": "Declined", "WITHDRAWN": "Withdrawn",
                        "INTRODUCED": "Introduced"}}"""))
public enum InterestStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    INTRODUCED;

    /** Still an open interest: one per person and target. */
    boolean open() {
        return this == PENDING || this == ACCEPTED || this == INTRODUCED;
    }
}
