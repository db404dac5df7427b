package cn.chuanyu.alliance.secondment;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PROPOSED by the home zone, then ACCEPTED or DECLINED by the host zone, or CANCELLED by the home zone before it
 * starts. Whether an accepted secondment is under way follows from its dates.
 */
@Schema(
        description = "PROPOSED by the home zone; ACCEPTED or DECLINED by the host zone; CANCELLED by the home zone "
                + "before it starts",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"PROPOSED": "已提议", "ACCEPTED": "已接收", "DECLINED": "已婉拒", "CANCELLED": "已撤销"},
                 "en": {"PROPOSED": "Proposed", "ACCEPTED": "Accepted", "DECLINED": "Declined",
                        "CANCELLED": "Cancelled"}}"""))
public enum SecondmentStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    CANCELLED
}
