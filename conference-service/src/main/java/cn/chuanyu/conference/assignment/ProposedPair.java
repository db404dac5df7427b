package cn.chuanyu.conference.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One pair of a proposal and why: the expert's bid and their affinity to the paper. */
@Embeddable
@Schema(description = "A proposed assignment of a paper to an expert, with its score", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "reviewer": "reviewer", "bid": "EAGER", "affinity": 3,
         "score": 13}""")
public record ProposedPair(
        @Schema(description = "the paper's id") @Column(name = "paper_id")
        UUID paperId,

        @Schema(description = "the user name of the expert") String reviewer,

        @Schema(nullable = true, description = "the expert's bid on the paper; null when they did not bid")
        @Enumerated(EnumType.STRING)
        BidLevel bid,

        @Schema(description = "topic affinity, 0 to 9: 3 per topic of the expert among the paper's keywords and track")
        int affinity,

        @Schema(description = "bid weight (EAGER 10, WILLING 6, IN_A_PINCH 2, no bid 1) plus affinity")
        int score) {}
