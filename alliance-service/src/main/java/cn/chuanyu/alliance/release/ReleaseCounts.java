package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many items a release holds per kind (all three, zero included) and per zone (zones with items only). */
public record ReleaseCounts(
        @Schema(example = "{\"DEMAND\": 2, \"RESOURCE\": 2, \"PROJECT\": 1}")
        Map<BoardItemKind, Long> byKind,

        @Schema(example = "{\"chengdu\": 1, \"chongqing\": 1, \"mianyang\": 1}")
        Map<String, Long> byZone) {

    /** Items of one kind from one zone. */
    record Tally(BoardItemKind kind, String zone, long count) {}

    static ReleaseCounts of(Collection<Tally> tallies) {
        Map<BoardItemKind, Long> byKind = new EnumMap<>(BoardItemKind.class);
        for (BoardItemKind kind : BoardItemKind.values()) {
            byKind.put(kind, 0L);
        }
        Map<String, Long> byZone = new TreeMap<>();
        for (Tally t : tallies) {
            byKind.merge(t.kind(), t.count(), Long::sum);
            byZone.merge(t.zone(), t.count(), Long::sum);
        }
        return new ReleaseCounts(byKind, byZone);
    }

    long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
