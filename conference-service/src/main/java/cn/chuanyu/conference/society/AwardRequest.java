package cn.chuanyu.conference.society;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A first-class society award to decide: the year it is for and why. */
@Schema(description = "A first-class society award (年度川渝一流学会) to decide", example = """
        {"year": 2020, "citation": "年度川渝一流学会"}""")
public record AwardRequest(
        @Schema(description = "the year the award is for, 2000 to 2100; once per society and year")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer year,

        @Schema(nullable = true, description = "why the society is awarded; multi-line, optional")
        @Size(max = 2000)
        @MultiLine
        String citation) {}
