package cn.chuanyu.conference.society;

import cn.chuanyu.conference.Region;
import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learned society to register", example = """
        {"name": "重庆市青年科技领军人才协会", "region": "CHONGQING", "foundedYear": 2020, "members": 166,
         "description": "由13名中青年科技工作者发起，致力于打造人才交流、联谊、服务平台。"}""")
public record SocietyRequest(
        @Schema(description = "the society's name; unique in the registry") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "where the society is") @NotNull
        Region region,

        @Schema(nullable = true, description = "the year it was founded, 1900 to 2100; optional") @Min(1900) @Max(2100)
        Integer foundedYear,

        @Schema(nullable = true, description = "how many members it has, 0 to 10,000,000; optional")
        @Min(0)
        @Max(10_000_000)
        Integer members,

        @Schema(nullable = true, description = "what the society does; multi-line, optional")
        @Size(max = 5000)
        @MultiLine
        String description) {}
