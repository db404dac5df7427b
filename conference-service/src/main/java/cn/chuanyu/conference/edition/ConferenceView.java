package cn.chuanyu.conference.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A conference as clients see it; {@code callOpen} says whether papers are accepted today. */
public record ConferenceView(
        UUID id,
        String name,
        int edition,
        String city,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> organisers,
        List<Track> tracks,
        LocalDate callOpensOn,
        LocalDate callClosesOn,
        boolean callOpen,
        long version) {

    static ConferenceView of(Conference c, LocalDate today) {
        return new ConferenceView(
                c.id,
                c.name,
                c.edition,
                c.city,
                c.startsOn,
                c.endsOn,
                c.organisers,
                List.copyOf(c.tracks),
                c.callOpensOn,
                c.callClosesOn,
                !today.isBefore(c.callOpensOn) && !today.isAfter(c.callClosesOn),
                c.version);
    }
}
