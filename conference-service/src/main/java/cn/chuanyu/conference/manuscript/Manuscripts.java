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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Manuscripts: the submitter uploads versions until review starts; the experts assigned to the paper download the
 * latest, without its author metadata; to everyone else it does not exist.
 */
@ApplicationScoped
public class Manuscripts {

    private final PdfUploads uploads;
    private final Papers papers;
    private final ConferenceClock clock;

    Manuscripts(PdfUploads uploads, Papers papers, ConferenceClock clock) {
        this.uploads = uploads;
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
     * (parsing takes a while), and again under the paper's lock when the version is recorded, after the file was stored
     * ({@link PdfUploads}).
     */
    public Manuscript upload(UUID paperId, InputStream body, String submitter) {
        QuarkusTransaction.requiringNew()
                .run(() -> paper(paperId, LockModeType.NONE).requireEditableBy(submitter));
        return uploads.keep(
                body,
                Manuscript.class,
                Manuscript.keyPrefix(paperId),
                (id, storedAs, upload, pages) -> record(id, paperId, storedAs, upload, pages, submitter));
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
        try (InputStream kept = uploads.open(latest)) {
            return Pdf.withoutAuthors(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manuscript record(UUID id, UUID paperId, String storedAs, StoredFile upload, int pages, String submitter) {
        paper(paperId, LockModeType.PESSIMISTIC_WRITE).requireEditableBy(submitter);
        Number versions = (Number) Manuscript.getEntityManager()
                .createQuery("select coalesce(max(m.version), 0) from Manuscript m where m.paperId = ?1")
                .setParameter(1, paperId)
                .getSingleResult();
        var manuscript = Manuscript.record(
                id, paperId, versions.intValue() + 1, upload, pages, storedAs, submitter, clock.now());
        manuscript.persistAndFlush();
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
