package cn.chuanyu.conference.review;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's recommendation on a paper. */
@Schema(
        description = "A reviewer's recommendation on a paper",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"ACCEPT": "建议录用", "MINOR_REVISION": "小修后录用", "MAJOR_REVISION": "大修后再审",
                           "REJECT": "建议不录用"},
                 "en": {"ACCEPT": "Accept", "MINOR_REVISION": "Minor revision", "MAJOR_REVISION": "Major revision",
                        "REJECT": "Reject"}}"""))
public enum Recommendation {
    ACCEPT,
    MINOR_REVISION,
    MAJOR_REVISION,
    REJECT
}
