package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many items a release holds per kind (all three, zero included) and per zone (zones with items only). */
@Schema(description = "How many items a release holds, per kind and per zone")
public record ReleaseCounts(
        @Schema(description = "items per kind, all three kinds, zero included")
        ByKind byKind,

        @Schema(description = "items per zone, zones with items only, by zone code")
        List<ZoneCount> byZone) {

    /** Items of one kind from one zone. */
    record Tally(BoardItemKind kind, String zone, long count) {}

    @Schema(description = "items per kind of the board", example = "{\"DEMAND\": 2, \"RESOURCE\": 2, \"PROJECT\": 1}")
    public record ByKind(
            @JsonProperty("DEMAND") @Schema(description = "demands (需求)")
            long demands,

            @JsonProperty("RESOURCE") @Schema(description = "resources (资源)")
            long resources,

            @JsonProperty("PROJECT") @Schema(description = "projects (项目)")
            long projects) {

        long total() {
            return demands + resources + projects;
        }
    }

    @Schema(description = "items of one zone", example = "{\"zone\": \"chengdu\", \"items\": 2}")
    public record ZoneCount(
            @Schema(description = "the zone's code, e.g. chengdu")
            String zone,

            @Schema(description = "items of that zone in the release")
            long items) {}

    static ReleaseCounts of(Collection<Tally> tallies) {
        long[] byKind = new long[BoardItemKind.values().length];
        Map<String, Long> byZone = new TreeMap<>();
        for (Tally t : tallies) {
            byKind[t.kind().ordinal()] += t.count();
            byZone.merge(t.zone(), t.count(), Long::sum);
        }
        return new ReleaseCounts(
                new ByKind(
                        byKind[BoardItemKind.DEMAND.ordinal()],
                        byKind[BoardItemKind.RESOURCE.ordinal()],
                        byKind[BoardItemKind.PROJECT.ordinal()]),
                byZone.entrySet().stream()
                        .map(e -> new ZoneCount(e.getKey(), e.getValue()))
                        .toList());
    }

    long total() {
        return byKind.total();
    }

    /** The codes of the zones with items, in order. */
    List<String> zones() {
        return byZone.stream().map(ZoneCount::zone).toList();
    }
}
