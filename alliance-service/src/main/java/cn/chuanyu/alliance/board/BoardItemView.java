package cn.chuanyu.alliance.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A board item as clients see it. */
@Schema(description = "A demand, resource or project of a zone on the alliance board")
public record BoardItemView(
        @Schema(description = "the item's id") UUID id,

        @Schema(description = "code of the item's zone, e.g. chengdu")
        String zone,

        @Schema(description = "the list of the board it is on")
        BoardItemKind kind,

        @Schema(description = "title") String title,

        @Schema(description = "what is sought or offered; may span lines")
        String description,

        @Schema(description = "industry categories, e.g. 新能源")
        List<String> industries,

        @Schema(description = "keywords; empty when none") List<String> keywords,
        @Schema(description = "the contact person's name") String contactName,

        @Schema(description = "the contact's phone; null when none was given", nullable = true)
        String contactPhone,

        @Schema(description = "the contact's e-mail address; null when none was given", nullable = true)
        String contactEmail,

        @Schema(description = "first day the item is valid") LocalDate validFrom,

        @Schema(description = "last day the item is valid (Asia/Shanghai)")
        LocalDate validUntil,

        @Schema(description = "its status today (Asia/Shanghai): a published item past validUntil is EXPIRED")
        BoardItemStatus status,

        @Schema(description = "when it was published; null while a draft", nullable = true)
        Instant publishedAt,

        @Schema(
                description = "when it was last submitted for the secretariat's approval (moderated zones); null "
                        + "when never",
                nullable = true)
        Instant submittedAt,

        @Schema(
                description = "why the secretariat last returned it to the zone, e.g. 请补充联系电话; null when it was "
                        + "never returned, or once approved",
                nullable = true)
        String returnReason,

        @Schema(description = "when it was last returned; null with returnReason", nullable = true)
        Instant returnedAt,

        @Schema(description = "the version to send back when editing the draft")
        long version) {

    static BoardItemView of(BoardItem i, LocalDate today) {
        return new BoardItemView(
                i.id,
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
                i.statusOn(today),
                i.publishedAt,
                i.submittedAt,
                i.returnReason,
                i.returnedAt,
                i.version);
    }
}
