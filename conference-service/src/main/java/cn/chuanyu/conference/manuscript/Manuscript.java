package cn.chuanyu.conference.manuscript;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a paper's manuscript (a PDF), kept with its digest; a new upload adds a version. */
@Entity
@Table(name = "manuscript")
public class Manuscript extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    public int version;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public int pages;

    /** The file under the manuscripts directory: {@code <paper id>/<version>.pdf}. */
    @Column(name = "stored_as")
    public String storedAs;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    static Manuscript record(UUID paperId, int version, StoredFile file, int pages, String submitter, Instant now) {
        var manuscript = new Manuscript();
        manuscript.id = UUID.randomUUID();
        manuscript.paperId = paperId;
        manuscript.version = version;
        manuscript.sha256 = file.sha256();
        manuscript.sizeBytes = file.size();
        manuscript.pages = pages;
        manuscript.storedAs = paperId + "/" + version + ".pdf";
        manuscript.uploadedBy = submitter;
        manuscript.uploadedAt = now;
        return manuscript;
    }
}
