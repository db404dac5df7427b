package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.interest.Interests;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A board item as it was when the release was published, with today's interest in it. */
@Schema(description = "A board item as it was when the release was published, with the interest in it as of now")
public record ReleaseItemView(
        @Schema(description = "the board item's id (see the board-items)")
        UUID itemId,

        @Schema(description = "code of the item's zone") String zone,

        @Schema(description = "the list of the board it was on")
        BoardItemKind kind,

        @Schema(description = "title") String title,

        @Schema(description = "what is sought or offered; may span lines")
        String description,

        @Schema(description = "industry categories") List<String> industries,
        @Schema(description = "keywords; empty when none") List<String> keywords,
        @Schema(description = "the contact person's name") String contactName,

        @Schema(description = "the contact's phone; null when none was given", nullable = true)
        String contactPhone,

        @Schema(description = "the contact's e-mail address; null when none was given", nullable = true)
        String contactEmail,

        @Schema(description = "first day the item is valid") LocalDate validFrom,
        @Schema(description = "last day the item is valid") LocalDate validUntil,

        @Schema(description = "interests expressed in the item so far, withdrawn ones not counted (live, not frozen)")
        long interestsExpressed,

        @Schema(description = "of those, the ones the item's zone accepted (introduced ones included)")
        long interestsAccepted) {

    static ReleaseItemView of(ReleaseItem i, Interests.Count interest) {
        return new ReleaseItemView(
                i.itemId,
                i.zoneCode,
                i.kind,
                i.title,
                i.description,
                i.industries,
                i.keywords,
                i.contactName,
                i.contactPhone,
                i.contactEmail,
                i.validFrom,
                i.validUntil,
                interest.expressed(),
                interest.accepted());
    }
}
