package cn.chuanyu.conference.paper;

import cn.chuanyu.conference.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author of a paper as its submitter and the organisers see it. */
@Schema(description = "An author of a paper, in author order", example = """
        {"name": "郭超", "orcid": null, "institution": "四川大学玉米研究所", "region": "SICHUAN", "corresponding": true}""")
public record AuthorView(
        @Schema(description = "the author's name") String name,

        @Schema(nullable = true, description = "the author's ORCID iD; null if not given")
        String orcid,

        @Schema(description = "the author's institution") String institution,
        @Schema(description = "where the institution is") Region region,

        @Schema(description = "whether this is the paper's one corresponding author")
        boolean corresponding) {

    static AuthorView of(Author a) {
        return new AuthorView(a.name(), a.orcid(), a.institution(), a.region(), a.corresponding());
    }
}
