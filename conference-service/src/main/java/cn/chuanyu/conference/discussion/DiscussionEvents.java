package cn.chuanyu.conference.discussion;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.review.ReviewEvents;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A post in a paper's discussion, for the other participants' notifications. It names them (and the poster only as the
 * others read them: 审稿人 N or the organisers), so it goes on the internal reviews topic, like the assignments.
 */
final class DiscussionEvents {

    static final String POSTED = "cn.chuanyu.conference.paper.discussion-posted.v1";

    private DiscussionEvents() {}

    static OutgoingEvent posted(DiscussionPost post, Paper paper, String postedAs, List<String> recipients) {
        Map<String, Object> data = new HashMap<>();
        data.put("postId", post.id.toString());
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", paper.conferenceId.toString());
        data.put("title", paper.title);
        data.put("postedAs", postedAs);
        data.put("recipients", recipients);
        data.put("postedAt", post.postedAt.toString());
        return new OutgoingEvent(ReviewEvents.TOPIC, POSTED, "paper", paper.id.toString(), data);
    }
}
