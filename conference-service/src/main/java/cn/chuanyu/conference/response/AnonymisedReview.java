package cn.chuanyu.conference.response;

import cn.chuanyu.conference.review.Review;
import cn.chuanyu.conference.review.ReviewCriterion;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A review as the submitter reads it: numbered, never naming the expert, without the"
                + " recommendation meant for the organisers",
        example = """
        {"number": 1, "scores": [{"key": "originality", "labelZh": "原创性", "labelEn": "Originality", "score": 5,
         "min": 1, "max": 5}], "comments": "原创性强，建议录用。"}""")
public record AnonymisedReview(
        @Schema(description = "the review's number, 1 for the earliest assignment (shown as 审稿人 1, Reviewer 1)")
        int number,

        @Schema(description = "a score per criterion of the conference's form that the review scored, in form order")
        List<CriterionScore> scores,

        @Schema(description = "the expert's comments") String comments) {

    @Schema(description = "A score on one criterion of the review form")
    public record CriterionScore(
            @Schema(description = "the criterion's key") String key,

            @Schema(description = "the criterion's label in Chinese")
            String labelZh,

            @Schema(description = "the criterion's label in English")
            String labelEn,

            @Schema(description = "the score given") int score,

            @Schema(description = "the lowest score of the scale")
            int min,

            @Schema(description = "the highest score of the scale")
            int max) {}

    static AnonymisedReview of(int number, Review review, List<ReviewCriterion> form) {
        List<CriterionScore> scores = form.stream()
                .filter(c -> review.scores.containsKey(c.key()))
                .map(c -> new CriterionScore(
                        c.key(), c.labelZh(), c.labelEn(), review.scores.get(c.key()), c.min(), c.max()))
                .toList();
        return new AnonymisedReview(number, scores, review.comments);
    }
}
