package cn.chuanyu.conference.assignment;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much an expert wants to review a paper. The weight is what the bid adds to a pair's score in a proposal; a paper
 * the expert did not bid on weighs {@link #NO_BID_WEIGHT}, below IN_A_PINCH (who said yes if needed) and above nothing.
 * NOT_WILLING is never proposed.
 */
@Schema(
        description = "A bid: EAGER, WILLING, IN_A_PINCH (only if needed) or NOT_WILLING (never proposed)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"EAGER": "非常愿意", "WILLING": "愿意", "IN_A_PINCH": "必要时可以", "NOT_WILLING": "不愿意"},
                 "en": {"EAGER": "Eager", "WILLING": "Willing", "IN_A_PINCH": "In a pinch",
                        "NOT_WILLING": "Not willing"}}"""))
public enum BidLevel {
    EAGER(10),
    WILLING(6),
    IN_A_PINCH(2),
    NOT_WILLING(0);

    static final int NO_BID_WEIGHT = 1;

    final int weight;

    BidLevel(int weight) {
        this.weight = weight;
    }

    static int weightOf(BidLevel bid) {
        return bid == null ? NO_BID_WEIGHT : bid.weight;
    }
}
