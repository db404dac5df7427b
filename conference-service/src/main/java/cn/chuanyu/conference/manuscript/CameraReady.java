package cn.chuanyu.conference.manuscript;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One upload of an accepted paper's camera-ready PDF; the latest goes into the proceedings. */
@Entity
@Table(name = "camera_ready")
public class CameraReady extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    public int version;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public int pages;

    /** The file under the manuscripts directory: {@code <paper id>/camera-ready-<version>.pdf}. */
    @Column(name = "stored_as")
    public String storedAs;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    static CameraReady record(UUID paperId, int version, StoredFile file, int pages, String submitter, Instant now) {
        var upload = new CameraReady();
        upload.id = UUID.randomUUID();
        upload.paperId = paperId;
        upload.version = version;
        upload.sha256 = file.sha256();
        upload.sizeBytes = file.size();
        upload.pages = pages;
        upload.storedAs = paperId + "/camera-ready-" + version + ".pdf";
        upload.uploadedBy = submitter;
        upload.uploadedAt = now;
        return upload;
    }

    static CameraReady latestOf(UUID paperId) {
        return CameraReady.<CameraReady>find("paperId = ?1 order by version desc", paperId)
                .firstResult();
    }

    ManuscriptView view() {
        return new ManuscriptView(paperId, version, sha256, sizeBytes, pages, uploadedAt);
    }
}
