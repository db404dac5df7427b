package cn.chuanyu.conference.paper;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Submitting, editing and reading papers; every change and its event commit together. */
@ApplicationScoped
public class Papers {

    private final Conferences conferences;
    private final Outbox outbox;
    private final ConferenceClock clock;

    Papers(Conferences conferences, Outbox outbox, ConferenceClock clock) {
        this.conferences = conferences;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Paper submit(UUID conferenceId, PaperRequest request, String researcher) {
        conferences.get(conferenceId).requireCallOpen(clock.today());
        return record(conferenceId, request, researcher, clock.now());
    }

    /** Records a paper submitted outside this system (e.g. demo data of a past conference): no window check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Paper record(UUID conferenceId, PaperRequest request, String researcher, Instant submittedAt) {
        conferences.get(conferenceId).requireTrack(request.track());
        Paper paper = Paper.submit(conferenceId, request, researcher, submittedAt);
        paper.persist();
        outbox.publish(PaperEvents.submitted(paper));
        return paper;
    }

    /** Applies new content if the caller read the current version; a stale version is refused, never merged. */
    @Transactional
    public Paper edit(UUID id, PaperRequest request, String user) {
        Paper paper = Paper.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (paper == null) {
            throw ProblemException.notFound("paper", id);
        }
        ProblemException.requireVersion("paper", id, paper.version, request.version());
        conferences.get(paper.conferenceId).requireTrack(request.track());
        paper.edit(request, user, clock.now());
        return paper;
    }

    /** A paper, for its submitter or an organiser; to anyone else it does not exist. */
    public Paper get(UUID id, Caller caller) {
        Paper paper = Paper.findById(id);
        if (paper == null || !paper.visibleTo(caller)) {
            throw ProblemException.notFound("paper", id);
        }
        return paper;
    }

    public PageOf<Paper> submittedBy(String user, int page, int size) {
        var query = Paper.<Paper>find("submittedBy = ?1 order by submittedAt desc, id", user)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    public PageOf<Paper> ofConference(UUID conferenceId, int page, int size) {
        conferences.get(conferenceId);
        var query = Paper.<Paper>find("conferenceId = ?1 order by submittedAt desc, id", conferenceId)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }
}
