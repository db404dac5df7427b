package cn.chuanyu.alliance.secondment;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "An acceptance, declination or cancellation; both fields are optional (send {} for none)",
        example = """
        {"version": 0, "note": "同意接收，挂职期间安排在改革发展局"}""")
public record SecondmentDecision(
        @Schema(
                description = "the version read; when given, a secondment changed since is not decided (409)",
                nullable = true)
        Long version,

        @Schema(description = "a note on the decision; may span lines; absent: none", nullable = true)
        @Size(max = 2000)
        @MultiLine
        String note) {}
