package cn.chuanyu.conference.manuscript;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One version of a paper's manuscript (a PDF), kept with its digest; a new upload adds a version. */
@Audited
@Entity
@Table(name = "manuscript")
public class Manuscript extends StoredPdf {

    /** Stored as {@code <paper id>/<row id>.pdf} (rows before the object store: {@code <paper id>/<version>.pdf}). */
    static String keyPrefix(UUID paperId) {
        return paperId + "/";
    }

    static Manuscript record(
            UUID id,
            UUID paperId,
            int version,
            StoredFile file,
            int pages,
            String storedAs,
            String submitter,
            Instant now) {
        return new Manuscript().fill(id, paperId, version, file, pages, storedAs, submitter, now);
    }
}
