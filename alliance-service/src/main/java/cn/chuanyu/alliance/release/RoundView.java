package cn.chuanyu.alliance.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection round as clients see it. */
public record RoundView(
        UUID id,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate submissionDeadline,
        RoundStatus status,
        Instant openedAt,
        Instant closedAt,
        Instant publishedAt,
        @Schema(description = "items submitted so far") long submissions,

        @Schema(
                description = "the published release, once there is one",
                example = "/api/alliance/releases/0b8f3c2e-5d1a-4f7b-9c3e-2a6d8e1f4b70")
        String release) {

    static RoundView of(CollectionRound r, long submissions) {
        return new RoundView(
                r.id,
                r.name,
                r.periodStart,
                r.periodEnd,
                r.submissionDeadline,
                r.status,
                r.openedAt,
                r.closedAt,
                r.publishedAt,
                submissions,
                r.status == RoundStatus.PUBLISHED ? ReleaseResource.PATH + "/" + r.id : null);
    }
}
