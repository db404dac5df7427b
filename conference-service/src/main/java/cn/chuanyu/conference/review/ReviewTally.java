package cn.chuanyu.conference.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.chuanyu.conference.paper.PaperStatus;

/** The organisers' view of a paper's reviews: averages per criterion and the recommendations. */
public record ReviewTally(UUID paperId, PaperStatus status, int assigned, int reviewed, Map<String, Double> averages,
        Map<Recommendation, Long> recommendations, List<String> reviewers) {
}
