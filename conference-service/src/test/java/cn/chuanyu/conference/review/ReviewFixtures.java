package cn.chuanyu.conference.review;

import java.util.Map;

/** Reviews as the tests write them. */
public final class ReviewFixtures {

    private ReviewFixtures() {}

    /** Scores on the default form: originality, significance, rigour, clarity, each 1 to 5. */
    public static Map<String, Integer> scores(int originality, int significance, int rigour, int clarity) {
        return Map.of("originality", originality, "significance", significance, "rigour", rigour, "clarity", clarity);
    }
}
