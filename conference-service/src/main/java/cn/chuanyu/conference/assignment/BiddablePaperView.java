package cn.chuanyu.conference.assignment;

import cn.chuanyu.conference.paper.Paper;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper of a conference as an expert sees it to bid: blind, with their own bid only. */
@Schema(description = "A paper to bid on, blind: without its authors; with your own bid", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "track": "life-sciences", "title": "玉米株型调控基因的遗传解析",
         "abstractText": "论文涵盖了遗传学、植物发育学、基因组学等多个生命科学交叉学科。", "keywords": ["作物遗传育种"],
         "bid": "WILLING"}""")
public record BiddablePaperView(
        @Schema(description = "the paper's id") UUID paperId,

        @Schema(description = "the code of the paper's track")
        String track,

        @Schema(description = "the title") String title,

        @Schema(description = "the abstract; may span lines")
        String abstractText,

        @Schema(description = "keywords; empty when none were given")
        List<String> keywords,

        @Schema(nullable = true, description = "your bid; null while you have not bid on it")
        BidLevel bid) {

    static BiddablePaperView of(Paper paper, BidLevel bid) {
        return new BiddablePaperView(paper.id, paper.trackCode, paper.title, paper.abstractText, paper.keywords, bid);
    }
}
