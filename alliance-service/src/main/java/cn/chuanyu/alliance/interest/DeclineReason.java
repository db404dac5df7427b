package cn.chuanyu.alliance.interest;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the owning side declines: structured, so the alliance can count why interests fail; OTHER needs a note. */
@Schema(
        description = "Why the owning side declines; OTHER needs a note",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"TOO_EARLY": "时机尚早", "BENEFIT_UNCLEAR": "合作收益不明确", "OUTSIDE_SCOPE": "不在需求范围内",
                           "OTHER": "其他"},
                 "en": {"TOO_EARLY": "Too early", "BENEFIT_UNCLEAR": "Benefit unclear",
                        "OUTSIDE_SCOPE": "Outside scope", "OTHER": "Other"}}"""))
public enum DeclineReason {
    TOO_EARLY,
    BENEFIT_UNCLEAR,
    OUTSIDE_SCOPE,
    OTHER
}
