package cn.chuanyu.alliance.seminar;

import cn.chuanyu.alliance.kernel.DateWithin;
import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A seminar held", example = """
        {"title": "成渝地区双城经济圈国家高新区党建研讨会", "hostZone": "chengdu", "heldOn": "2020-12-06",
         "attendingZones": ["chongqing", "bishan", "deyang"], "summary": "联盟成立暨首次党建研讨会"}""")
public record SeminarRequest(
        @Schema(description = "title, one line") @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "code of the hosting zone, e.g. chengdu") @NotBlank @Size(max = 30)
        String hostZone,

        @Schema(description = "the day it was held: from 2020-01-01 to today (Asia/Shanghai)") @NotNull @DateWithin
        LocalDate heldOn,

        @Schema(description = "codes of the other zones attending, 1 to 12; the host may be repeated, it counts once")
        @NotEmpty
        @Size(max = 12)
        List<@NotBlank @Size(max = 30) String> attendingZones,

        @Schema(description = "a summary; may span lines; absent: none", nullable = true) @Size(max = 5000) @MultiLine
        String summary) {}
