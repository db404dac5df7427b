package cn.chuanyu.alliance.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published release: its counts over all its items, and its items (those matching the filters asked for). */
@Schema(description = "A published release with its counts and its items")
public record ReleaseView(
        @Schema(description = "the id of the collection round it releases; also the release's id")
        UUID roundId,

        @Schema(description = "the round's name, e.g. 2021年第一季度")
        String name,

        @Schema(description = "first day of the period collected")
        LocalDate periodStart,

        @Schema(description = "last day of the period collected")
        LocalDate periodEnd,

        @Schema(description = "when it was published") Instant publishedAt,
        @Schema(description = "items in the whole release") long total,

        @Schema(description = "per kind and per zone, over the whole release")
        ReleaseCounts counts,

        @Schema(description = "the items matching kind and zone, by kind (DEMAND, RESOURCE, PROJECT), zone and title")
        List<ReleaseItemView> items) {}
