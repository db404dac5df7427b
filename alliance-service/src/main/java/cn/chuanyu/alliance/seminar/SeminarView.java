package cn.chuanyu.alliance.seminar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A seminar as clients see it. */
public record SeminarView(
        UUID id, String title, String hostZone, LocalDate heldOn, List<String> attendingZones, String summary) {

    static SeminarView of(Seminar s) {
        return new SeminarView(s.id, s.title, s.hostZone, s.heldOn, s.attendingZones, s.summary);
    }
}
