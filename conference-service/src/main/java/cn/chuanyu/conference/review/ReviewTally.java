package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.PaperStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisers' view of a paper's reviews: averages per criterion and the recommendations. */
@Schema(description = "A paper's review tally, for the organisers", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "status": "UNDER_REVIEW", "assigned": 2, "reviewed": 1,
         "averages": {"originality": 5.0, "significance": 4.0, "rigour": 4.0, "clarity": 4.0},
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

        @Schema(description = "the average score (1 to 5) per criterion over the reviews submitted")
        Averages averages,

        @Schema(description = "how many reviews recommend what")
        Recommendations recommendations,

        @Schema(description = "the user names of the experts the paper is assigned to, in assignment order")
        List<String> reviewers) {

    /** Averages of the scores given so far; null for a criterion while no review is in. */
    @Schema(description = "Average scores per criterion, each null while no review is in")
    public record Averages(
            @Schema(nullable = true, description = "average originality score; null without reviews")
            Double originality,

            @Schema(nullable = true, description = "average significance score; null without reviews")
            Double significance,

            @Schema(nullable = true, description = "average rigour score; null without reviews")
            Double rigour,

            @Schema(nullable = true, description = "average clarity score; null without reviews")
            Double clarity) {}

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
