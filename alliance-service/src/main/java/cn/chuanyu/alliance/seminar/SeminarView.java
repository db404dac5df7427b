package cn.chuanyu.alliance.seminar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seminar as clients see it. */
@Schema(description = "A Party-building seminar (党建研讨会) held")
public record SeminarView(
        @Schema(description = "the seminar's id") UUID id,
        @Schema(description = "title") String title,
        @Schema(description = "code of the hosting zone") String hostZone,
        @Schema(description = "the day it was held") LocalDate heldOn,

        @Schema(description = "codes of the zones that took part: the host first, each once")
        List<String> attendingZones,

        @Schema(description = "the summary; null when none", nullable = true)
        String summary) {

    static SeminarView of(Seminar s) {
        return new SeminarView(s.id, s.title, s.hostZone, s.heldOn, s.attendingZones, s.summary);
    }
}
