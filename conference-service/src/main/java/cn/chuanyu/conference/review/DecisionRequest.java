package cn.chuanyu.conference.review;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organiser's decision on a paper under review", example = """
        {"decision": "ACCEPT", "note": "评审专家一致推荐"}""")
public record DecisionRequest(
        @Schema(description = "accept or reject the paper; the decision is final") @NotNull
        Decision decision,

        @Schema(nullable = true, description = "a note on the decision for the record; multi-line, optional")
        @Size(max = 2000)
        @MultiLine
        String note) {

    @Schema(
            description = "An organiser's decision: accept or reject the paper",
            extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                    {"zh-CN": {"ACCEPT": "录用", "REJECT": "不录用"},
                     "en": {"ACCEPT": "Accept", "REJECT": "Reject"}}"""))
    public enum Decision {
        ACCEPT,
        REJECT
    }
}
