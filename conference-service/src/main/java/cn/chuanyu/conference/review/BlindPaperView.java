package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reviewer sees of an assigned paper: the work, never who wrote it or where they work. */
@Schema(description = "A paper assigned to you, blind: without its authors", example = """
        {"assignmentId": "9b2e4c6a-8d0f-4a1b-b3c5-d7e9f1a3b5c7", "paperId": "0f8fad5b-d9cb-469f-a165-70867728950e",
         "track": "life-sciences", "title": "玉米株型调控基因的遗传解析",
         "abstractText": "论文涵盖了遗传学、植物发育学、基因组学等多个生命科学交叉学科。", "keywords": ["作物遗传育种"],
         "reviewed": false}""")
public record BlindPaperView(
        @Schema(description = "the id of your assignment; submit your review under it")
        UUID assignmentId,

        @Schema(description = "the paper's id") UUID paperId,

        @Schema(description = "the code of the paper's track")
        String track,

        @Schema(description = "the title") String title,

        @Schema(description = "the abstract; may span lines")
        String abstractText,

        @Schema(description = "keywords; empty when none were given")
        List<String> keywords,

        @Schema(description = "whether you submitted your review of it")
        boolean reviewed) {

    static BlindPaperView of(ReviewAssignment assignment, Paper paper, boolean reviewed) {
        return new BlindPaperView(
                assignment.id, paper.id, paper.trackCode, paper.title, paper.abstractText, paper.keywords, reviewed);
    }
}
