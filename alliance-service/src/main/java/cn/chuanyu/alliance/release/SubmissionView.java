package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item submitted to a round, with the board item's current title and status. */
@Schema(description = "A board item submitted to a collection round")
public record SubmissionView(
        @Schema(description = "the round's id") UUID roundId,
        @Schema(description = "the board item's id") UUID itemId,
        @Schema(description = "code of the item's zone") String zone,

        @Schema(description = "the list of the board the item is on")
        BoardItemKind kind,

        @Schema(description = "the board item's current title")
        String title,

        @Schema(description = "the board item's status now; a WITHDRAWN item is left out of the release")
        BoardItemStatus itemStatus,

        @Schema(description = "who submitted it (user name)")
        String submittedBy,

        @Schema(description = "when it was submitted") Instant submittedAt) {}
