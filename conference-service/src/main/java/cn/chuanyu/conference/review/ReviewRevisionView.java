package cn.chuanyu.conference.review;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One revision of a review, as it was submitted", example = """
        {"assignmentId": "9b2e4c6a-8d0f-4a1b-b3c5-d7e9f1a3b5c7", "reviewer": "reviewer", "revision": 1,
         "scores": {"originality": 5, "significance": 5, "rigour": 4, "clarity": 4}, "recommendation": "ACCEPT",
         "comments": "原创性强，建议录用。", "submittedAt": "2020-11-25T02:00:00Z"}""")
public record ReviewRevisionView(
        @Schema(description = "the assignment reviewed") UUID assignmentId,
        @Schema(description = "the expert's user name") String reviewer,
        @Schema(description = "the revision, from 1") int revision,
        @Schema(description = "criterion key → score") Map<String, Integer> scores,

        @Schema(description = "the recommendation of this revision")
        Recommendation recommendation,

        @Schema(description = "the comments of this revision")
        String comments,

        @Schema(description = "when this revision was submitted")
        Instant submittedAt) {

    static ReviewRevisionView of(ReviewRevision r, String reviewer) {
        return new ReviewRevisionView(
                r.assignmentId,
                reviewer,
                r.revision,
                new TreeMap<>(r.scores),
                r.recommendation,
                r.comments,
                r.submittedAt);
    }
}
