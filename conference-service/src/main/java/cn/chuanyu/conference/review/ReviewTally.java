package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.PaperStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisers' view of a paper's reviews: averages per criterion, the weighted score and the recommendations. */
@Schema(description = "A paper's review tally, for the organisers", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "status": "UNDER_REVIEW", "assigned": 2, "reviewed": 1,
         "averages": {"originality": 5.0, "significance": 4.0, "rigour": 4.0, "clarity": 4.0}, "weightedScore": 81.3,
         "recommendations": {"accept": 1, "minorRevision": 0, "majorRevision": 0, "reject": 0},
         "reviewers": ["expert-chen", "reviewer"]}""")
public record ReviewTally(
        @Schema(description = "the paper's id") UUID paperId,

        @Schema(description = "where the paper is in its review")
        PaperStatus status,

        @Schema(description = "how many experts the paper is assigned to")
        int assigned,

        @Schema(description = "how many of them submitted their review")
        int reviewed,

        @Schema(
                description = "criterion key → average score over the reviews that scored it; a criterion no review "
                        + "scored yet is absent")
        Map<String, Double> averages,

        @Schema(
                nullable = true,
                description = "0 to 100: each review's scores placed on their scales (lowest 0, highest 100) and "
                        + "weighted by the form's weights (criteria a review left out do not count), averaged over "
                        + "the reviews, one decimal; null without reviews")
        Double weightedScore,

        @Schema(description = "how many reviews recommend what")
        Recommendations recommendations,

        @Schema(description = "the user names of the experts the paper is assigned to, in assignment order")
        List<String> reviewers) {

    static Map<String, Double> averages(List<ReviewCriterion> form, List<Review> reviews) {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (ReviewCriterion c : form) {
            reviews.stream()
                    .map(r -> r.scores.get(c.key()))
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .average()
                    .ifPresent(average -> averages.put(c.key(), average));
        }
        return averages;
    }

    static Double weightedScore(List<ReviewCriterion> form, List<Review> reviews) {
        if (reviews.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Review review : reviews) {
            double weighted = 0;
            int weights = 0;
            for (ReviewCriterion c : form) {
                Integer score = review.scores.get(c.key());
                if (score != null) {
                    weighted += c.weight() * c.position(score);
                    weights += c.weight();
                }
            }
            sum += weights == 0 ? 0 : 100 * weighted / weights;
        }
        return Math.round(sum / reviews.size() * 10) / 10.0;
    }

    /** How many reviews recommend each outcome. */
    @Schema(description = "The number of reviews per recommendation")
    public record Recommendations(
            @Schema(description = "reviews recommending ACCEPT")
            long accept,

            @Schema(description = "reviews recommending MINOR_REVISION")
            long minorRevision,

            @Schema(description = "reviews recommending MAJOR_REVISION")
            long majorRevision,

            @Schema(description = "reviews recommending REJECT")
            long reject) {

        static Recommendations of(Map<Recommendation, Long> counted) {
            return new Recommendations(
                    counted.getOrDefault(Recommendation.ACCEPT, 0L),
                    counted.getOrDefault(Recommendation.MINOR_REVISION, 0L),
                    counted.getOrDefault(Recommendation.MAJOR_REVISION, 0L),
                    counted.getOrDefault(Recommendation.REJECT, 0L));
        }
    }
}
