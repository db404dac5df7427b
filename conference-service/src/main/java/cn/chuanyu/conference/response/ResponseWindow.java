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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A conference's author-response window: China's dates (Asia/Shanghai), both inclusive, and the most words a response
 * may have ({@link WordCount}). Without one, a conference has no author response.
 */
@Audited
@Entity
@Table(name = "author_response_window")
public class ResponseWindow extends PanacheEntityBase {

    @Id
    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "word_limit")
    public int wordLimit;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    @Version
    public long version;

    static ResponseWindow open(UUID conferenceId) {
        var window = new ResponseWindow();
        window.conferenceId = conferenceId;
        return window;
    }

    void set(ResponseWindowRequest request, String organiser, Instant now) {
        if (request.closesOn().isBefore(request.opensOn())) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "response-window-closes-before-opens",
                    request.closesOn(),
                    request.opensOn());
        }
        opensOn = request.opensOn();
        closesOn = request.closesOn();
        wordLimit = request.wordLimit();
        setBy = organiser;
        setAt = now;
    }

    /** Refuses a response outside the window, in China's time zone. */
    void requireOpen(LocalDate today) {
        if (today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw new ProblemException(
                    Status.CONFLICT, "response-window-closed", "response-window-closed", opensOn, closesOn, today);
        }
    }

    boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
