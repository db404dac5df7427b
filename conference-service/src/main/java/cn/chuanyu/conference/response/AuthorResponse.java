package cn.chuanyu.conference.response;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The submitter's answer to the reviews of their paper: one per paper, replaced while the window is open. */
@Audited
@Entity
@Table(name = "author_response")
public class AuthorResponse extends PanacheEntityBase {

    @Id
    @Column(name = "paper_id")
    public UUID paperId;

    public String text;

    public int words;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    static AuthorResponse first(UUID paperId, String submitter, Instant now) {
        var response = new AuthorResponse();
        response.paperId = paperId;
        response.submittedBy = submitter;
        response.submittedAt = now;
        return response;
    }

    /** The text, refused (400 response-too-long) over the window's word limit. */
    void write(String newText, int wordLimit, Instant now) {
        String stripped = newText.strip();
        int count = WordCount.of(stripped);
        if (count > wordLimit) {
            throw new ProblemException(Status.BAD_REQUEST, "response-too-long", "response-too-long", count, wordLimit);
        }
        text = stripped;
        words = count;
        updatedAt = now;
    }
}
