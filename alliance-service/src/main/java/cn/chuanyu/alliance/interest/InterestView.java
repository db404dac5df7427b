package cn.chuanyu.alliance.interest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An interest as its expresser, the owning side and the secretariat see it (contact details included). */
@Schema(description = "An expression of interest (意向对接) as its expresser, the owning side and the secretariat see it")
public record InterestView(
        @Schema(description = "the interest's id") UUID id,

        @Schema(description = "the board item it answers (see the board-items); null for an offer", nullable = true)
        UUID boardItemId,

        @Schema(
                description = "the technology offer it answers (see the offers); null for a board item",
                nullable = true)
        UUID offerId,

        @Schema(description = "the code of the zone that answers it (the item's); null for an offer", nullable = true)
        String ownerZone,

        @Schema(description = "the user who answers it (the offer's author); null for a board item", nullable = true)
        String ownerUser,

        @Schema(description = "who expressed it (user name)")
        String expressedBy,

        @Schema(description = "in which capacity") ExpresserRole expresserRole,

        @Schema(description = "the expressing officer's zone; null unless a zone officer", nullable = true)
        String expresserZone,

        @Schema(description = "the organisation the expresser acts for")
        String organisation,

        @Schema(description = "whom to contact") String contactName,

        @Schema(description = "e-mail to contact; null when only a phone was given", nullable = true)
        String contactEmail,

        @Schema(description = "phone to contact; null when only an e-mail was given", nullable = true)
        String contactPhone,

        @Schema(description = "what the expresser brings or seeks; may span lines")
        String message,

        @Schema(description = "where it stands") InterestStatus status,

        @Schema(description = "when it was expressed (and contact consent given)")
        Instant expressedAt,

        @Schema(description = "who accepted or declined it; null while pending", nullable = true)
        String decidedBy,

        @Schema(description = "when it was accepted or declined; null while pending", nullable = true)
        Instant decidedAt,

        @Schema(description = "why it was declined; null unless DECLINED", nullable = true)
        DeclineReason declineReason,

        @Schema(description = "the note of the answer; null when none", nullable = true)
        String decisionNote,

        @Schema(description = "the introducing broker's certificate number; null unless INTRODUCED", nullable = true)
        String brokerCertificateNumber,

        @Schema(description = "the introducing broker's name; null unless INTRODUCED", nullable = true)
        String brokerName,

        @Schema(description = "when the parties were introduced; null unless INTRODUCED", nullable = true)
        Instant introducedAt,

        @Schema(description = "the note of the introduction; null when none", nullable = true)
        String introductionNote,

        @Schema(description = "when the expresser withdrew it; null unless WITHDRAWN", nullable = true)
        Instant withdrawnAt,

        @Schema(description = "the version to send back with the next step")
        long version) {

    static InterestView of(Interest i) {
        return new InterestView(
                i.id,
                i.boardItemId,
                i.offerId,
                i.ownerZone,
                i.ownerUser,
                i.expressedBy,
                i.expresserRole,
                i.expresserZone,
                i.organisation,
                i.contactName,
                i.contactEmail,
                i.contactPhone,
                i.message,
                i.status,
                i.expressedAt,
                i.decidedBy,
                i.decidedAt,
                i.declineReason,
                i.decisionNote,
                i.brokerCertificateNumber,
                i.brokerName,
                i.introducedAt,
                i.introductionNote,
                i.withdrawnAt,
                i.version);
    }
}
