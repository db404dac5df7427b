package cn.chuanyu.alliance.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published release in the list of releases. */
public record ReleaseSummary(
        @Schema(description = "the id of the round it releases")
        UUID roundId,

        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant publishedAt,
        long total,
        ReleaseCounts counts,

        @Schema(description = "codes of the zones with items in the release")
        List<String> zones) {

    static ReleaseSummary of(CollectionRound round, ReleaseCounts counts) {
        return new ReleaseSummary(
                round.id,
                round.name,
                round.periodStart,
                round.periodEnd,
                round.publishedAt,
                counts.total(),
                counts,
                List.copyOf(counts.byZone().keySet()));
    }
}
