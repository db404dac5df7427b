package cn.chuanyu.conference.review;

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
        @NotNull @Min(1) @Max(5) Integer originality,
        @NotNull @Min(1) @Max(5) Integer significance,
        @NotNull @Min(1) @Max(5) Integer rigour,
        @NotNull @Min(1) @Max(5) Integer clarity,
        @NotNull Recommendation recommendation,
        @NotBlank @Size(max = 10000) String comments) {}
