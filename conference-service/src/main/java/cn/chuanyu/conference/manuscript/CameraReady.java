package cn.chuanyu.conference.manuscript;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One upload of an accepted paper's camera-ready PDF; the latest goes into the proceedings. */
@Audited
@Entity
@Table(name = "camera_ready")
public class CameraReady extends StoredPdf {

    /**
     * Stored as {@code <paper id>/camera-ready-<row id>.pdf} (rows before the object store: {@code <paper
     * id>/camera-ready-<version>.pdf}).
     */
    static String keyPrefix(UUID paperId) {
        return paperId + "/camera-ready-";
    }

    static CameraReady record(
            UUID id,
            UUID paperId,
            int version,
            StoredFile file,
            int pages,
            String storedAs,
            String submitter,
            Instant now) {
        return new CameraReady().fill(id, paperId, version, file, pages, storedAs, submitter, now);
    }

    static CameraReady latestOf(UUID paperId) {
        return CameraReady.<CameraReady>find("paperId = ?1 order by version desc", paperId)
                .firstResult();
    }
}
