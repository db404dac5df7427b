package cn.chuanyu.conference.manuscript;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a paper's manuscript (a PDF), kept with its digest; a new upload adds a version. */
@Entity
@Table(name = "manuscript")
public class Manuscript extends StoredPdf {

    /** Stored as {@code <paper id>/<version>.pdf} under the manuscripts directory. */
    static Manuscript record(UUID paperId, int version, StoredFile file, int pages, String submitter, Instant now) {
        return new Manuscript().fill(paperId, version, file, pages, paperId + "/" + version + ".pdf", submitter, now);
    }
}
