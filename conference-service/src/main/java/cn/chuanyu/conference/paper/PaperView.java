package cn.chuanyu.conference.paper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper as its submitter and the organisers see it (reviewers get a blind view instead). */
@Schema(description = "A paper (论文) with its authors, as its submitter and the organisers see it", example = """
        {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "conferenceId": "6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f",
         "track": "life-sciences", "title": "玉米株型调控基因的遗传解析",
         "abstractText": "论文涵盖了遗传学、植物发育学、基因组学等多个生命科学交叉学科。", "keywords": ["作物遗传育种"],
         "authors": [{"name": "郭超", "orcid": null, "institution": "四川大学玉米研究所", "region": "SICHUAN",
                      "corresponding": true},
                     {"name": "贺俊", "orcid": "0000-0002-1825-0097", "institution": "西南大学", "region": "CHONGQING",
                      "corresponding": false}],
         "status": "SUBMITTED", "crossRegion": true, "submittedBy": "guochao",
         "submittedAt": "2020-11-01T02:00:00Z", "updatedAt": "2020-11-01T02:00:00Z", "version": 0}""")
public record PaperView(
        @Schema(description = "the paper's id") UUID id,

        @Schema(description = "the id of the conference it was submitted to")
        UUID conferenceId,

        @Schema(description = "the code of its track within that conference")
        String track,

        @Schema(description = "the title") String title,

        @Schema(description = "the abstract; may span lines")
        String abstractText,

        @Schema(description = "keywords; empty when none were given")
        List<String> keywords,

        @Schema(description = "the authors in author order, exactly one of them corresponding")
        List<AuthorView> authors,

        @Schema(description = "where the paper is in its review")
        PaperStatus status,

        @Schema(description = "whether its authors come from both Sichuan and Chongqing (川渝合作)")
        boolean crossRegion,

        @Schema(description = "the user name of the researcher who submitted it")
        String submittedBy,

        @Schema(description = "when it was submitted") Instant submittedAt,

        @Schema(description = "when its content last changed")
        Instant updatedAt,

        @Schema(description = "the version; send it back to edit the paper")
        long version) {

    static PaperView of(Paper p) {
        return new PaperView(
                p.id,
                p.conferenceId,
                p.trackCode,
                p.title,
                p.abstractText,
                p.keywords,
                p.authors.stream().map(AuthorView::of).toList(),
                p.status,
                p.crossRegion,
                p.submittedBy,
                p.submittedAt,
                p.updatedAt,
                p.version);
    }
}
