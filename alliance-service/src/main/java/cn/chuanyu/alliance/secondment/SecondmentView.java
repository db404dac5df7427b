package cn.chuanyu.alliance.secondment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A secondment as the alliance's officers see it (names included: not public). */
public record SecondmentView(
        UUID id,
        String personName,
        String position,
        SecondmentKind kind,
        String homeZone,
        String hostZone,
        String hostPost,
        LocalDate startsOn,
        LocalDate endsOn,
        String purpose,
        SecondmentStatus status,

        @Schema(description = "accepted and under way today (China time)")
        boolean active,

        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
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
