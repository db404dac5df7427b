package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Manuscripts: the submitter uploads versions until review starts; the experts assigned to the paper download the
 * latest, without its author metadata; to everyone else it does not exist.
 */
@ApplicationScoped
public class Manuscripts {

    private final ManuscriptStore store;
    private final Papers papers;
    private final ConferenceClock clock;

    Manuscripts(ManuscriptStore store, Papers papers, ConferenceClock clock) {
        this.store = store;
        this.papers = papers;
        this.clock = clock;
    }

    /** Every version of the paper's manuscript, latest first, for its submitter and the organisers (404 otherwise). */
    public List<Manuscript> versions(UUID paperId, Caller caller) {
        papers.get(paperId, caller);
        return Manuscript.list("paperId = ?1 order by version desc", paperId);
    }

    /**
     * The rules are checked before the body is read (a refused upload costs no disk), the PDF outside any transaction
     * (parsing takes a while), and again under the paper's lock when the version is recorded and the file moved in.
     */
    public Manuscript upload(UUID paperId, InputStream body, String submitter) {
        QuarkusTransaction.requiringNew()
                .run(() -> paper(paperId, LockModeType.NONE).requireEditableBy(submitter));
        StoredFile upload = store.receive(body);
        try {
            int pages = Pdf.pages(upload.path());
            return QuarkusTransaction.requiringNew().call(() -> record(paperId, upload, pages, submitter));
        } finally {
            store.discard(upload); // gone already when it was kept
        }
    }

    /** The latest manuscript of the assignment's paper, without its authors; 404 for anyone but its reviewer. */
    public byte[] forReviewer(UUID assignmentId, String reviewer) {
        ReviewAssignment assignment = ReviewAssignment.findById(assignmentId);
        if (assignment == null || !assignment.reviewer.equals(reviewer)) {
            throw ProblemException.notFound("review-assignment", assignmentId);
        }
        Manuscript latest = Manuscript.<Manuscript>find("paperId = ?1 order by version desc", assignment.paperId)
                .firstResult();
        if (latest == null) {
            throw ProblemException.notFound("manuscript", assignment.paperId);
        }
        return Pdf.withoutAuthors(store.fileOf(latest.storedAs));
    }

    private Manuscript record(UUID paperId, StoredFile upload, int pages, String submitter) {
        paper(paperId, LockModeType.PESSIMISTIC_WRITE).requireEditableBy(submitter);
        Number versions = (Number) Manuscript.getEntityManager()
                .createQuery("select coalesce(max(m.version), 0) from Manuscript m where m.paperId = ?1")
                .setParameter(1, paperId)
                .getSingleResult();
        var manuscript = Manuscript.record(paperId, versions.intValue() + 1, upload, pages, submitter, clock.now());
        manuscript.persistAndFlush();
        store.keep(upload, manuscript.storedAs);
        return manuscript;
    }

    private static Paper paper(UUID paperId, LockModeType lock) {
        Paper paper = Paper.findById(paperId, lock);
        if (paper == null) {
            throw ProblemException.notFound("paper", paperId);
        }
        return paper;
    }
}
