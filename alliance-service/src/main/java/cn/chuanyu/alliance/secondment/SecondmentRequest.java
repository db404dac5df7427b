package cn.chuanyu.alliance.secondment;

import cn.chuanyu.alliance.kernel.DateWithin;
import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A secondment proposed by its home zone", example = """
        {"personName": "张明（示例）", "position": "成都高新区科技创新局副局长", "kind": "CADRE",
         "homeZone": "chengdu", "hostZone": "chongqing", "hostPost": "重庆高新区改革发展局副局长（挂职）",
         "startsOn": "2021-03-01", "endsOn": "2021-08-31",
         "purpose": "交流科技创新政策与园区党建工作经验，推动成渝两地高新区协同发展"}""")
public record SecondmentRequest(
        @Schema(description = "the seconded person's name, one line") @NotBlank @Size(max = 100)
        String personName,

        @Schema(description = "position or professional title at home, one line") @NotBlank @Size(max = 200)
        String position,

        @Schema(description = "cadre or technical staff") @NotNull
        SecondmentKind kind,

        @Schema(description = "the sending zone's code") @NotBlank @Size(max = 30)
        String homeZone,

        @Schema(description = "the receiving zone's code; not the home zone") @NotBlank @Size(max = 30)
        String hostZone,

        @Schema(description = "the post taken in the host zone (挂职岗位), if known; one line", nullable = true)
        @Size(max = 200)
        String hostPost,

        @Schema(description = "first day (2020-01-01 to 2100-12-31)") @NotNull @DateWithin
        LocalDate startsOn,

        @Schema(description = "last day, on or after startsOn (2020-01-01 to 2100-12-31)") @NotNull @DateWithin
        LocalDate endsOn,

        @Schema(description = "what the secondment is for; may span lines") @NotBlank @Size(max = 2000) @MultiLine
        String purpose) {}
