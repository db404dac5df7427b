package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.PaperStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organisers' view of a paper's reviews: averages per criterion and the recommendations. */
public record ReviewTally(
        UUID paperId,
        PaperStatus status,
        int assigned,
        int reviewed,
        Map<String, Double> averages,
        Map<Recommendation, Long> recommendations,
        List<String> reviewers) {}
