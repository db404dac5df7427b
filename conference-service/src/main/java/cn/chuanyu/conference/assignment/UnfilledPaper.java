package cn.chuanyu.conference.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper a proposal could not give all the reviewers it needs: too few experts without conflict or willing. */
@Embeddable
@Schema(description = "A paper left short of reviewers by the proposal", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "title": "玉米株型调控基因的遗传解析", "missing": 1}""")
public record UnfilledPaper(
        @Schema(description = "the paper's id") @Column(name = "paper_id")
        UUID paperId,

        @Schema(description = "the paper's title") String title,

        @Schema(description = "how many more reviewers it needs after the proposal")
        int missing) {}
