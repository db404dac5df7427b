package cn.chuanyu.conference.manuscript;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The columns every stored PDF of a paper has: a manuscript version and a camera-ready upload alike. */
@Audited
@MappedSuperclass
public abstract class StoredPdf extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    public int version;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public int pages;

    /** The file's key in the manuscript store: a path under the local directory, or the object's key in the bucket. */
    @Column(name = "stored_as")
    public String storedAs;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** Fills in one upload of {@code file} as version {@code version}, kept as {@code storedAs}. */
    <T extends StoredPdf> T fill(
            UUID id,
            UUID paperId,
            int version,
            StoredFile file,
            int pages,
            String storedAs,
            String submitter,
            Instant now) {
        this.id = id;
        this.paperId = paperId;
        this.version = version;
        this.sha256 = file.sha256();
        this.sizeBytes = file.size();
        this.pages = pages;
        this.storedAs = storedAs;
        this.uploadedBy = submitter;
        this.uploadedAt = now;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    ManuscriptView view() {
        return new ManuscriptView(paperId, version, sha256, sizeBytes, pages, uploadedAt);
    }
}
