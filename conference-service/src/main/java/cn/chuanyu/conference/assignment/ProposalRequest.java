package cn.chuanyu.conference.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What to propose an assignment for", example = """
        {"conferenceId": "3f2b8c1e-6d4a-4b7e-9c2d-1a5e7f9b3c6d", "reviewersPerPaper": 3, "maxPapersPerReviewer": 10}""")
public record ProposalRequest(
        @Schema(description = "the conference whose undecided papers to assign") @NotNull
        UUID conferenceId,

        @Schema(description = "how many reviewers each paper should have in all, 1 to 10 (assigned ones count)")
        @NotNull
        @Min(1)
        @Max(10)
        Integer reviewersPerPaper,

        @Schema(description = "at most this many papers of the conference per expert, 1 to 200 (assigned ones count)")
        @NotNull
        @Min(1)
        @Max(200)
        Integer maxPapersPerReviewer) {}
