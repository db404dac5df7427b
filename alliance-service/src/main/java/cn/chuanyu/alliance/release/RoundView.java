package cn.chuanyu.alliance.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection round as clients see it. */
@Schema(description = "A collection round (定期收集)")
public record RoundView(
        @Schema(description = "the round's id") UUID id,

        @Schema(description = "the round's name, unique, e.g. 2021年第一季度")
        String name,

        @Schema(description = "first day of the period the round collects")
        LocalDate periodStart,

        @Schema(description = "last day of the period") LocalDate periodEnd,

        @Schema(description = "last day (Asia/Shanghai) zone officers may submit or retract")
        LocalDate submissionDeadline,

        @Schema(description = "OPEN, CLOSED or PUBLISHED") RoundStatus status,
        @Schema(description = "when it was opened") Instant openedAt,

        @Schema(description = "when it was closed; null while open", nullable = true)
        Instant closedAt,

        @Schema(description = "when its release was published; null before", nullable = true)
        Instant publishedAt,

        @Schema(description = "items submitted so far") long submissions,

        @Schema(
                description = "path of the published release (its id is this round's id); null before publication",
                nullable = true,
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
