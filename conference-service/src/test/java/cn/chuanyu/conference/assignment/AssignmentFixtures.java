package cn.chuanyu.conference.assignment;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.PaperRequest;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.conference.review.RegisterReviewerRequest;
import cn.chuanyu.conference.review.Reviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.UUID;

/** A conference of its own per test, its papers by 郭超 and 贺俊, and experts with their expertise and bids. */
final class AssignmentFixtures {

    private AssignmentFixtures() {}

    static UUID conference() {
        return ConferenceFixtures.withOpenCall();
    }

    static UUID paper(UUID conference, String title, List<String> keywords) {
        PaperRequest crop = PaperFixtures.cropGenetics();
        var request = new PaperRequest(crop.track(), title, crop.abstractText(), keywords, crop.authors(), null);
        Papers papers = CDI.current().select(Papers.class).get();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, request, PaperFixtures.GUO_CHAO).id);
    }

    static UUID paperBy(UUID conference, Author author) {
        PaperRequest crop = PaperFixtures.cropGenetics();
        var request = new PaperRequest(crop.track(), "川渝合作论文", crop.abstractText(), List.of(), List.of(author), null);
        Papers papers = CDI.current().select(Papers.class).get();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, request, PaperFixtures.GUO_CHAO).id);
    }

    /** A fresh expert (unique user name from the prefix) at the institution, knowing the topics. */
    static String expert(String prefix, String institution, String... expertise) {
        String username = prefix + "-" + UUID.randomUUID();
        Reviews reviews = CDI.current().select(Reviews.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            reviews.register(
                    new RegisterReviewerRequest(username, "专家" + prefix, null, institution, Region.OTHER),
                    ConferenceFixtures.ORGANISER);
            reviews.declareProfile(username, List.of(expertise), List.of());
        });
        return username;
    }

    static void bid(String expert, UUID paper, BidLevel level) {
        Bids bids = CDI.current().select(Bids.class).get();
        QuarkusTransaction.requiringNew().run(() -> bids.bid(paper, level, expert));
    }

    static Author author(String name, String institution) {
        return new Author(name, null, institution, Region.SICHUAN, true);
    }
}
