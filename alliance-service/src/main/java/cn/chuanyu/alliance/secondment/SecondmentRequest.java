package cn.chuanyu.alliance.secondment;

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
        @NotBlank @Size(max = 100) String personName,

        @Schema(description = "position or professional title at home") @NotBlank @Size(max = 200)
        String position,

        @NotNull SecondmentKind kind,

        @Schema(description = "the sending zone's code") @NotBlank @Size(max = 30)
        String homeZone,

        @Schema(description = "the receiving zone's code; not the home zone") @NotBlank @Size(max = 30)
        String hostZone,

        @Schema(description = "the post taken in the host zone (挂职岗位), if known") @Size(max = 200)
        String hostPost,

        @NotNull LocalDate startsOn,

        @Schema(description = "last day, on or after startsOn") @NotNull
        LocalDate endsOn,

        @NotBlank @Size(max = 2000) String purpose) {}
