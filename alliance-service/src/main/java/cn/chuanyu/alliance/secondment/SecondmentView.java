package cn.chuanyu.alliance.secondment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A secondment as the alliance's officers see it (names included: not public). */
@Schema(description = "A secondment (互派挂职) as the alliance's officers see it, names included")
public record SecondmentView(
        @Schema(description = "the secondment's id") UUID id,
        @Schema(description = "the seconded person's name") String personName,

        @Schema(description = "position or professional title at home")
        String position,

        @Schema(description = "cadre or technical staff") SecondmentKind kind,
        @Schema(description = "the sending zone's code") String homeZone,
        @Schema(description = "the receiving zone's code") String hostZone,

        @Schema(description = "the post taken in the host zone; null when not known", nullable = true)
        String hostPost,

        @Schema(description = "first day") LocalDate startsOn,
        @Schema(description = "last day") LocalDate endsOn,

        @Schema(description = "what it is for; may span lines")
        String purpose,

        @Schema(description = "where the proposal stands") SecondmentStatus status,

        @Schema(description = "accepted and under way today (Asia/Shanghai)")
        boolean active,

        @Schema(description = "who proposed it (user name)") String proposedBy,
        @Schema(description = "when it was proposed") Instant proposedAt,

        @Schema(description = "who accepted, declined or cancelled it; null while proposed", nullable = true)
        String decidedBy,

        @Schema(description = "when it was decided; null while proposed", nullable = true)
        Instant decidedAt,

        @Schema(description = "the note given with the decision; null when none", nullable = true)
        String decisionNote,

        @Schema(description = "the version, to send with a decision")
        long version) {

    static SecondmentView of(Secondment s, LocalDate today) {
        return new SecondmentView(
                s.id,
                s.personName,
                s.position,
                s.kind,
                s.homeZone,
                s.hostZone,
                s.hostPost,
                s.startsOn,
                s.endsOn,
                s.purpose,
                s.status,
                s.activeOn(today),
                s.proposedBy,
                s.proposedAt,
                s.decidedBy,
                s.decidedAt,
                s.decisionNote,
                s.version);
    }
}
