package cn.chuanyu.conference.assignment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Your bid on a paper, as recorded", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "bid": "EAGER", "bidAt": "2020-11-10T02:00:00Z"}""")
public record BidView(
        @Schema(description = "the paper's id") UUID paperId,
        @Schema(description = "your bid") BidLevel bid,

        @Schema(description = "when you placed or last changed it")
        Instant bidAt) {

    static BidView of(Bid bid) {
        return new BidView(bid.paperId, bid.level, bid.bidAt);
    }
}
