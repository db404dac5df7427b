package cn.chuanyu.conference.review;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A review: a score per criterion of the conference's review form, and a recommendation",
        example = """
        {"scores": {"originality": 5, "significance": 5, "rigour": 4, "clarity": 4}, "recommendation": "ACCEPT",
         "comments": "原创性强，实验设计严谨，建议录用。"}""")
public record ReviewRequest(
        @Schema(
                description = "criterion key → score on the criterion's scale; every required criterion of the form, "
                        + "at most 20 entries (the form of your assignment: GET .../assignments/{id}/form)")
        @NotNull
        @Size(max = 20)
        Map<@NotBlank @Size(max = 50) String, @NotNull Integer> scores,

        @Schema(description = "what you recommend") @NotNull Recommendation recommendation,

        @Schema(description = "your comments to the organisers; multi-line") @NotBlank @Size(max = 10000) @MultiLine
        String comments) {}
