package cn.chuanyu.alliance.interest;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** In which capacity someone expressed an interest: from the realm role of their token. */
@Schema(
        description = "The capacity the interest was expressed in, from the token's realm role",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"RESEARCHER": "科研人员", "COMPANY_REPRESENTATIVE": "企业代表", "ZONE_OFFICER": "高新区工作人员"},
                 "en": {"RESEARCHER": "Researcher", "COMPANY_REPRESENTATIVE": "Company representative",
                        "ZONE_OFFICER": "Zone officer"}}"""))
public enum ExpresserRole {
    RESEARCHER,
    COMPANY_REPRESENTATIVE,
    ZONE_OFFICER
}
