package cn.chuanyu.conference.assignment;

import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Experts bid on the open papers of a conference, blind; each sees and changes only their own bids. */
@ApplicationScoped
public class Bids {

    static final List<PaperStatus> OPEN = List.of(PaperStatus.SUBMITTED, PaperStatus.UNDER_REVIEW);
    private final ConferenceClock clock;

    Bids(ConferenceClock clock) {
        this.clock = clock;
    }

    /** The conference's papers not yet decided, in submission order, each with the expert's own bid. */
    public PageOf<BiddablePaperView> papers(UUID conferenceId, String expert, int page, int size) {
        requireExpert(expert, LockModeType.NONE);
        if (Conference.findById(conferenceId) == null) {
            throw ProblemException.notFound("conference", conferenceId);
        }
        var query = Paper.<Paper>find("conferenceId = ?1 and status in ?2 order by submittedAt, id", conferenceId, OPEN)
                .page(page, size);
        List<Paper> papers = query.list();
        List<UUID> ids = papers.stream().map(p -> p.id).toList();
        Map<UUID, BidLevel> mine = ids.isEmpty()
                ? Map.of()
                : Bid.<Bid>list("reviewer = ?1 and paperId in ?2", expert, ids).stream()
                        .collect(Collectors.toMap(b -> b.paperId, b -> b.level));
        return new PageOf<>(papers, page, size, query.count()).map(p -> BiddablePaperView.of(p, mine.get(p.id)));
    }

    /** Places or changes the expert's bid; a decided paper takes no more bids. */
    @Transactional
    public Bid bid(UUID paperId, BidLevel level, String expert) {
        requireExpert(expert, LockModeType.PESSIMISTIC_WRITE); // serialises one expert's bids: one row per pair
        Paper paper = Paper.findById(paperId);
        if (paper == null) {
            throw ProblemException.notFound("paper", paperId);
        }
        if (!OPEN.contains(paper.status)) {
            throw new ProblemException(
                    Status.CONFLICT, "paper-decided", "paper-decided-no-bids", paperId, paper.status.term());
        }
        Bid bid =
                Bid.<Bid>find("paperId = ?1 and reviewer = ?2", paperId, expert).firstResult();
        if (bid == null) {
            bid = Bid.place(paperId, expert, level, clock.now());
            bid.persist();
        } else {
            bid.change(level, clock.now());
        }
        return bid;
    }

    private static void requireExpert(String expert, LockModeType lock) {
        if (ExpertReviewer.findById(expert, lock) == null) {
            throw ProblemException.forbidden("not-a-registered-reviewer", expert);
        }
    }
}
