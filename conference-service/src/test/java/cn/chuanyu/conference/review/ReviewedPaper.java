package cn.chuanyu.conference.review;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The crop-genetics paper of 郭超 ({@link PaperFixtures#GUO_CHAO}) in a conference with an open call, assigned to experts
 * (registered here, each at 清华大学: no conflict) in the order given; the first {@code reviewed} of them have submitted a
 * review.
 */
public record ReviewedPaper(UUID conferenceId, UUID paperId, List<UUID> assignments) {

    /** Each expert reviews: 5, 4, 4, 4 and "实验设计严谨，建议录用。" with the expert's number appended. */
    public static ReviewedPaper reviewedBy(String... experts) {
        return assignedTo(experts.length, experts);
    }

    public static ReviewedPaper assignedTo(int reviewed, String... experts) {
        UUID conference = ConferenceFixtures.withOpenCall();
        Papers papers = CDI.current().select(Papers.class).get();
        Reviews reviews = CDI.current().select(Reviews.class).get();
        UUID paper = QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
        List<UUID> assignments = new ArrayList<>();
        for (int i = 0; i < experts.length; i++) {
            String expert = experts[i];
            QuarkusTransaction.requiringNew()
                    .run(() -> reviews.register(
                            new RegisterReviewerRequest(expert, "专家" + expert, null, "清华大学", Region.OTHER),
                            ConferenceFixtures.ORGANISER));
            UUID assignment = QuarkusTransaction.requiringNew()
                    .call(() -> reviews.assign(paper, expert, ConferenceFixtures.ORGANISER).id);
            assignments.add(assignment);
            if (i < reviewed) {
                String comments = "实验设计严谨，建议录用。" + (i + 1);
                QuarkusTransaction.requiringNew()
                        .run(() -> reviews.submitReview(
                                assignment,
                                new ReviewRequest(ReviewFixtures.scores(5, 4, 4, 4), Recommendation.ACCEPT, comments),
                                expert));
            }
        }
        return new ReviewedPaper(conference, paper, List.copyOf(assignments));
    }

    public void decide(boolean accept, String note) {
        Reviews reviews = CDI.current().select(Reviews.class).get();
        var decision = accept ? DecisionRequest.Decision.ACCEPT : DecisionRequest.Decision.REJECT;
        QuarkusTransaction.requiringNew()
                .run(() -> reviews.decide(paperId, new DecisionRequest(decision, note), ConferenceFixtures.ORGANISER));
    }
}
