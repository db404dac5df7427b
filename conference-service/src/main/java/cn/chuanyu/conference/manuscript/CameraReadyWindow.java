package cn.chuanyu.conference.manuscript;

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

/** The days (China's dates, both inclusive) in which submitters of accepted papers upload their camera-ready PDF. */
@Audited
@Entity
@Table(name = "camera_ready_window")
public class CameraReadyWindow extends PanacheEntityBase {

    @Id
    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    /** Raised by each change (the calendars' SEQUENCE); changes are serialised by a row lock, not by this. */
    @Version
    public long version;

    static CameraReadyWindow of(UUID conferenceId) {
        var window = new CameraReadyWindow();
        window.conferenceId = conferenceId;
        return window;
    }

    void set(CameraReadyWindowRequest request, String organiser, Instant now) {
        if (request.closesOn().isBefore(request.opensOn())) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "camera-ready-window-closes-before-opens",
                    request.closesOn(),
                    request.opensOn());
        }
        opensOn = request.opensOn();
        closesOn = request.closesOn();
        setBy = organiser;
        setAt = now;
    }

    void requireOpen(LocalDate today) {
        if (today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "camera-ready-window-closed",
                    "camera-ready-window-closed",
                    opensOn,
                    closesOn,
                    today);
        }
    }
}
