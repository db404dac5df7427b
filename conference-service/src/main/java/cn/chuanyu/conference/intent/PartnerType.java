package cn.chuanyu.conference.intent;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of partner an intent looks for: 高校, 科研院所, 企业, 高新区. */
@Schema(
        description = "A kind of partner an intent looks for: 高校, 科研院所, 企业, 高新区",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"UNIVERSITY": "高校", "INSTITUTE": "科研院所", "ENTERPRISE": "企业", "ZONE": "高新区"},
                 "en": {"UNIVERSITY": "University", "INSTITUTE": "Research institute", "ENTERPRISE": "Enterprise",
                        "ZONE": "High-tech zone"}}"""))
public enum PartnerType {
    UNIVERSITY,
    INSTITUTE,
    ENTERPRISE,
    ZONE
}
