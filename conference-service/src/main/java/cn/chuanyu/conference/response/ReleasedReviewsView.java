package cn.chuanyu.conference.response;

import cn.chuanyu.conference.paper.PaperStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The reviews of a paper as its submitter reads them: during the author-response window to answer"
                + " them, and after the decision with the decision note",
        example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "title": "玉米株型调控基因的遗传解析",
         "status": "ACCEPTED", "decidedAt": "2020-11-30T02:00:00Z", "decisionNote": "评审专家一致推荐",
         "reviews": [{"number": 1, "scores": [{"key": "originality", "labelZh": "原创性", "labelEn": "Originality",
         "score": 5, "min": 1, "max": 5}], "comments": "原创性强，建议录用。"}]}""")
public record ReleasedReviewsView(
        @Schema(description = "the paper's id") UUID paperId,
        @Schema(description = "the paper's title") String title,
        @Schema(description = "the paper's state") PaperStatus status,

        @Schema(nullable = true, description = "when the paper was decided; null before the decision")
        Instant decidedAt,

        @Schema(nullable = true, description = "the organisers' decision note; null before the decision or if none")
        String decisionNote,

        @Schema(description = "the submitted reviews, by number")
        List<AnonymisedReview> reviews) {}
