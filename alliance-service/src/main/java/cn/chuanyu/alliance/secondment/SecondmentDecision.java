package cn.chuanyu.alliance.secondment;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "An acceptance, declination or cancellation; both fields are optional (send {} for none)",
        example = """
        {"version": 0, "note": "同意接收，挂职期间安排在改革发展局"}""")
public record SecondmentDecision(
        @Schema(description = "the version read; when given, a secondment changed since is not decided")
        Long version,

        @Size(max = 2000) String note) {}
