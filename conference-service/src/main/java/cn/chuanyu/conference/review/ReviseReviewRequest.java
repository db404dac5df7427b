package cn.chuanyu.conference.review;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new revision of your review, replacing the scores, recommendation and comments", example = """
        {"revision": 1, "scores": {"originality": 4, "significance": 5, "rigour": 4, "clarity": 3},
         "recommendation": "MINOR_REVISION", "comments": "补充实验后建议录用。"}""")
public record ReviseReviewRequest(
        @Schema(
                nullable = true,
                description =
                        "the revision you read; required (400 without it, 409 if another " + "revision came first)")
        Long revision,

        @Schema(description = "criterion key → score on the criterion's scale; every required criterion, at most 20")
        @NotNull
        @Size(max = 20)
        Map<@NotBlank @Size(max = 50) String, @NotNull Integer> scores,

        @Schema(description = "what you recommend") @NotNull Recommendation recommendation,

        @Schema(description = "your comments to the organisers; multi-line") @NotBlank @Size(max = 10000) @MultiLine
        String comments) {}
