package cn.chuanyu.conference.edition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A track of a conference as clients see it. */
@Schema(description = "A track (discipline) of a conference", example = """
        {"code": "life-sciences", "name": "生命科学"}""")
public record TrackView(
        @Schema(description = "the track's code, unique within its conference; papers name their track by it")
        String code,

        @Schema(description = "the track's name as shown, e.g. 生命科学")
        String name) {

    static TrackView of(Track track) {
        return new TrackView(track.code(), track.name());
    }
}
