package cn.chuanyu.conference.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * The last day (China's date, inclusive) a conference's reviews are due. A soft deadline, as in HotCRP: a late review
 * is still taken; its reviewer is reminded before and told once after.
 */
@Audited
@Entity
@Table(name = "review_deadline")
public class ReviewDeadline extends PanacheEntityBase {

    @Id
    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    /** Raised by each change (the calendars' SEQUENCE); changes are serialised by a row lock, not by this. */
    @Version
    public long version;

    static ReviewDeadline of(UUID conferenceId) {
        var deadline = new ReviewDeadline();
        deadline.conferenceId = conferenceId;
        return deadline;
    }

    void set(LocalDate due, String organiser, Instant now) {
        dueOn = due;
        setBy = organiser;
        setAt = now;
    }
}
