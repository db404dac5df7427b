package cn.chuanyu.conference.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conference as clients see it; {@code callOpen} says whether papers are accepted today. */
@Schema(description = "A conference edition (学术大会)", example = """
        {"id": "6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f", "name": "首届川渝科技学术大会", "edition": 1, "city": "成都",
         "startsOn": "2020-12-10", "endsOn": "2020-12-10",
         "organisers": ["四川省科学技术协会", "重庆市科学技术协会"],
         "tracks": [{"code": "life-sciences", "name": "生命科学"}, {"code": "energy-materials", "name": "能源与材料"}],
         "callOpensOn": "2020-09-01", "callClosesOn": "2020-11-15", "callOpen": false, "version": 0}""")
public record ConferenceView(
        @Schema(description = "the conference's id") UUID id,

        @Schema(description = "the conference's name, e.g. 首届川渝科技学术大会")
        String name,

        @Schema(description = "the edition number; (name, edition) is unique")
        int edition,

        @Schema(description = "the host city, e.g. 成都") String city,
        @Schema(description = "first day of the conference") LocalDate startsOn,
        @Schema(description = "last day of the conference") LocalDate endsOn,

        @Schema(description = "the organising bodies, in the order given")
        List<String> organisers,

        @Schema(description = "the tracks papers are submitted to, in the order given")
        List<TrackView> tracks,

        @Schema(description = "first day papers are accepted (China's date, Asia/Shanghai)")
        LocalDate callOpensOn,

        @Schema(description = "last day papers are accepted (China's date, Asia/Shanghai)")
        LocalDate callClosesOn,

        @Schema(
                description = "whether papers are accepted today: today's date in Asia/Shanghai lies within "
                        + "callOpensOn..callClosesOn, both inclusive")
        boolean callOpen,

        @Schema(description = "the version, for optimistic concurrency")
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
                c.tracks.stream().map(TrackView::of).toList(),
                c.callOpensOn,
                c.callClosesOn,
                !today.isBefore(c.callOpensOn) && !today.isAfter(c.callClosesOn),
                c.version);
    }
}
