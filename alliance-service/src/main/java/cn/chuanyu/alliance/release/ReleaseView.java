package cn.chuanyu.alliance.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published release: its counts over all its items, and its items (those matching the filters asked for). */
public record ReleaseView(
        @Schema(description = "the id of the round it releases")
        UUID roundId,

        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant publishedAt,
        @Schema(description = "items in the whole release") long total,

        @Schema(description = "per kind and per zone, over the whole release")
        ReleaseCounts counts,

        @Schema(description = "the items matching kind and zone, by kind (DEMAND, RESOURCE, PROJECT), zone and title")
        List<ReleaseItemView> items) {}
