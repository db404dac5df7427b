package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.io.InputStream;
import java.util.UUID;

/**
 * Camera-ready PDFs: the submitter of an accepted paper uploads them inside the conference's window, through the
 * manuscripts' store and checks; to anyone else the paper does not exist (404).
 */
@ApplicationScoped
public class CameraReadies {

    private final PdfUploads uploads;
    private final Conferences conferences;
    private final Outbox outbox;
    private final ConferenceClock clock;

    CameraReadies(PdfUploads uploads, Conferences conferences, Outbox outbox, ConferenceClock clock) {
        this.uploads = uploads;
        this.outbox = outbox;
        this.conferences = conferences;
        this.clock = clock;
    }

    @Transactional
    public CameraReadyWindowView setWindow(UUID conferenceId, CameraReadyWindowRequest request, String organiser) {
        conferences.get(conferenceId);
        CameraReadyWindow window = CameraReadyWindow.findById(conferenceId, LockModeType.PESSIMISTIC_WRITE);
        if (window == null) {
            window = CameraReadyWindow.of(conferenceId);
            window.set(request, organiser, clock.now());
            window.persist();
        } else {
            window.set(request, organiser, clock.now());
        }
        return CameraReadyWindowView.of(window);
    }

    public CameraReadyWindowView window(UUID conferenceId) {
        conferences.get(conferenceId);
        CameraReadyWindow window = CameraReadyWindow.findById(conferenceId);
        if (window == null) {
            throw ProblemException.notFound("camera-ready-window", conferenceId);
        }
        return CameraReadyWindowView.of(window);
    }

    /**
     * Checked before the body is read, the PDF outside any transaction, and again under the paper's lock when the
     * version is recorded, after the file was stored ({@link PdfUploads}).
     */
    public CameraReady upload(UUID paperId, InputStream body, String submitter) {
        QuarkusTransaction.requiringNew().run(() -> requireUploadable(paperId, submitter, LockModeType.NONE));
        return uploads.keep(
                body,
                CameraReady.class,
                CameraReady.keyPrefix(paperId),
                (id, storedAs, upload, pages) -> record(id, paperId, storedAs, upload, pages, submitter));
    }

    private CameraReady record(UUID id, UUID paperId, String storedAs, StoredFile upload, int pages, String submitter) {
        Paper paper = requireUploadable(paperId, submitter, LockModeType.PESSIMISTIC_WRITE);
        CameraReady latest = CameraReady.latestOf(paperId);
        var cameraReady = CameraReady.record(
                id, paperId, latest == null ? 1 : latest.version + 1, upload, pages, storedAs, submitter, clock.now());
        cameraReady.persistAndFlush();
        outbox.publish(CameraReadyEvents.submitted(cameraReady, paper.conferenceId));
        return cameraReady;
    }

    private Paper requireUploadable(UUID paperId, String submitter, LockModeType lock) {
        Paper paper = Paper.findById(paperId, lock);
        if (paper == null || !paper.submittedBy.equals(submitter)) {
            throw ProblemException.notFound("paper", paperId);
        }
        if (paper.status != PaperStatus.ACCEPTED) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "camera-ready-not-accepted",
                    "camera-ready-not-accepted",
                    paperId,
                    paper.status.term());
        }
        CameraReadyWindow window = CameraReadyWindow.findById(paper.conferenceId);
        if (window == null) {
            throw new ProblemException(Status.CONFLICT, "no-camera-ready-window", "no-camera-ready-window");
        }
        window.requireOpen(clock.today());
        return paper;
    }
}
