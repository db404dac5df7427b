package cn.chuanyu.alliance.board;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a submitted item goes back to its zone", example = """
        {"reason": "请补充联系电话，并说明需求的技术指标"}""")
public record ReturnRequest(
        @Schema(description = "the reason, shown on the item to its zone's officers; may span lines", maxLength = 2000)
        @NotBlank
        @Size(max = 2000)
        @MultiLine
        String reason) {}
