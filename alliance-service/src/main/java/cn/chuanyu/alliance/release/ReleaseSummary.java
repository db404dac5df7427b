package cn.chuanyu.alliance.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published release in the list of releases. */
@Schema(description = "A published release (定期发布) with its counts, without its items")
public record ReleaseSummary(
        @Schema(description = "the id of the collection round it releases; also the release's id")
        UUID roundId,

        @Schema(description = "the round's name, e.g. 2021年第一季度")
        String name,

        @Schema(description = "first day of the period collected")
        LocalDate periodStart,

        @Schema(description = "last day of the period collected")
        LocalDate periodEnd,

        @Schema(description = "when it was published") Instant publishedAt,
        @Schema(description = "items in the release") long total,
        @Schema(description = "per kind and per zone") ReleaseCounts counts,

        @Schema(description = "codes of the zones with items in the release, in order")
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
                counts.zones());
    }
}
