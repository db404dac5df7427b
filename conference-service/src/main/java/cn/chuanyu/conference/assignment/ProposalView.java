package cn.chuanyu.conference.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An assignment proposal: the pairs, their total score and the papers left short", example = """
        {"id": "5d0c3b7a-2e1f-4c6b-8a9d-0e1f2a3b4c5d", "conferenceId": "3f2b8c1e-6d4a-4b7e-9c2d-1a5e7f9b3c6d",
         "reviewersPerPaper": 2, "maxPapersPerReviewer": 10,
         "pairs": [{"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "reviewer": "reviewer", "bid": "EAGER",
                    "affinity": 3, "score": 13}],
         "totalScore": 13,
         "unfilled": [{"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "title": "玉米株型调控基因的遗传解析",
                       "missing": 1}],
         "proposedBy": "organiser", "proposedAt": "2020-11-15T02:00:00Z", "appliedBy": null, "appliedAt": null}""")
public record ProposalView(
        @Schema(description = "the proposal's id") UUID id,
        @Schema(description = "the conference") UUID conferenceId,
        @Schema(description = "reviewers wanted per paper") int reviewersPerPaper,
        @Schema(description = "most papers per expert") int maxPapersPerReviewer,

        @Schema(description = "the proposed pairs, by paper id then expert")
        List<ProposedPair> pairs,

        @Schema(description = "the sum of the pairs' scores")
        int totalScore,

        @Schema(description = "papers left short of reviewers, with how many are missing")
        List<UnfilledPaper> unfilled,

        @Schema(description = "the organiser who asked for it")
        String proposedBy,

        @Schema(description = "when it was computed") Instant proposedAt,

        @Schema(nullable = true, description = "the organiser who applied it; null while not applied")
        String appliedBy,

        @Schema(nullable = true, description = "when it was applied; null while not applied")
        Instant appliedAt) {

    static ProposalView of(AssignmentProposal p) {
        return new ProposalView(
                p.id,
                p.conferenceId,
                p.reviewersPerPaper,
                p.maxPapersPerReviewer,
                List.copyOf(p.pairs),
                p.totalScore,
                List.copyOf(p.unfilled),
                p.proposedBy,
                p.proposedAt,
                p.appliedBy,
                p.appliedAt);
    }
}
