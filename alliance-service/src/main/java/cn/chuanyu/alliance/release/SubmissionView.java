package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item submitted to a round, with the board item's current title and status. */
public record SubmissionView(
        UUID roundId,
        UUID itemId,
        String zone,
        BoardItemKind kind,
        String title,

        @Schema(description = "the board item's status now; a WITHDRAWN item is left out of the release")
        BoardItemStatus itemStatus,

        String submittedBy,
        Instant submittedAt) {}
