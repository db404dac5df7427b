package cn.chuanyu.conference.discussion;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.review.ConflictOfInterest;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A paper's discussion, for the organisers and the reviewers assigned to it who have no conflict of interest with it
 * now (a conflict declared after the assignment shuts the expert out). To anyone else, the authors included, it does
 * not exist (404). Reviewers stay blind to one another: they read each other as 审稿人 N. A post is announced to the
 * paper's other unconflicted reviewers (discussion-posted, internal topic) in the post's transaction.
 */
@ApplicationScoped
public class Discussions {

    static final String ORGANISERS = "大会组织方";

    private final ConflictOfInterest conflicts;
    private final Outbox outbox;
    private final ConferenceClock clock;

    Discussions(ConflictOfInterest conflicts, Outbox outbox, ConferenceClock clock) {
        this.conflicts = conflicts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PostView post(UUID paperId, PostRequest request, Caller caller) {
        Map<String, Integer> numbers = participants(paperId, caller);
        var post = DiscussionPost.of(paperId, caller.user(), caller.organiser(), request.text(), clock.now());
        post.persist();
        Paper paper = Paper.findById(paperId);
        List<String> others = numbers.keySet().stream()
                .filter(reviewer -> !reviewer.equals(caller.user()) && unconflicted(reviewer, paper))
                .sorted()
                .toList();
        String postedAs = post.organiser ? ORGANISERS : "审稿人 " + numbers.get(post.postedBy);
        outbox.publish(DiscussionEvents.posted(post, paper, postedAs, others));
        return view(post, caller, numbers);
    }

    /** The posts, oldest first, page by page. */
    public PageOf<PostView> posts(UUID paperId, Caller caller, int page, int size) {
        Map<String, Integer> numbers = participants(paperId, caller);
        var query = DiscussionPost.<DiscussionPost>find("paperId = ?1 order by postedAt, id", paperId)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count()).map(p -> view(p, caller, numbers));
    }

    /** The paper's reviewers by their number (assignment order), once the caller is found to take part. */
    private Map<String, Integer> participants(UUID paperId, Caller caller) {
        Paper paper = Paper.findById(paperId);
        if (paper == null) {
            throw ProblemException.notFound("paper", paperId);
        }
        List<ReviewAssignment> assignments = ReviewAssignment.list("paperId = ?1 order by assignedAt, id", paperId);
        Map<String, Integer> numbers = new HashMap<>();
        assignments.forEach(a -> numbers.put(a.reviewer, numbers.size() + 1));
        if (!caller.organiser() && !(numbers.containsKey(caller.user()) && unconflicted(caller.user(), paper))) {
            throw ProblemException.notFound("paper", paperId);
        }
        return numbers;
    }

    private boolean unconflicted(String expert, Paper paper) {
        ExpertReviewer reviewer = ExpertReviewer.findById(expert);
        return reviewer != null
                && conflicts.between(reviewer, paper, clock.now()).isEmpty();
    }

    private static PostView view(DiscussionPost post, Caller caller, Map<String, Integer> numbers) {
        Integer number = post.organiser ? null : numbers.get(post.postedBy);
        String author;
        if (caller.organiser()) {
            author = post.postedBy;
        } else {
            author = post.organiser ? ORGANISERS : "审稿人 " + number;
        }
        return new PostView(
                post.id,
                author,
                number,
                post.organiser,
                post.postedBy.equals(caller.user()),
                caller.organiser() ? post.postedBy : null,
                post.text,
                post.postedAt);
    }
}
