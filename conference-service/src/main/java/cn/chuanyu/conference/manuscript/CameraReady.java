package cn.chuanyu.conference.manuscript;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One upload of an accepted paper's camera-ready PDF; the latest goes into the proceedings. */
@Entity
@Table(name = "camera_ready")
public class CameraReady extends StoredPdf {

    /** Stored as {@code <paper id>/camera-ready-<version>.pdf} under the manuscripts directory. */
    static CameraReady record(UUID paperId, int version, StoredFile file, int pages, String submitter, Instant now) {
        return new CameraReady()
                .fill(paperId, version, file, pages, paperId + "/camera-ready-" + version + ".pdf", submitter, now);
    }

    static CameraReady latestOf(UUID paperId) {
        return CameraReady.<CameraReady>find("paperId = ?1 order by version desc", paperId)
                .firstResult();
    }
}
