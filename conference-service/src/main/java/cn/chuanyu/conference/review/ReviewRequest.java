package cn.chuanyu.conference.review;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review: each criterion scored from 1 (poor) to 5 (excellent)", example = """
        {"originality": 5, "significance": 5, "rigour": 4, "clarity": 4, "recommendation": "ACCEPT",
         "comments": "原创性强，实验设计严谨，建议录用。"}""")
public record ReviewRequest(
        @Schema(description = "originality, 1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5)
        Integer originality,

        @Schema(description = "significance, 1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5)
        Integer significance,

        @Schema(description = "rigour, 1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5)
        Integer rigour,

        @Schema(description = "clarity, 1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5)
        Integer clarity,

        @Schema(description = "what you recommend") @NotNull Recommendation recommendation,

        @Schema(description = "your comments to the organisers; multi-line") @NotBlank @Size(max = 10000) @MultiLine
        String comments) {}
