package cn.chuanyu.training.attendance;

import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.enrolment.Enrolment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One trainee's standing at one session: present or late (online or offline), excused or absent (no mode). No record
 * counts as absent.
 */
@Entity
@Audited
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    public String trainee;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    /** How the trainee attended; null unless PRESENT or LATE. */
    @Enumerated(EnumType.STRING)
    public AttendanceMode mode;

    /** 备注, as last recorded; null for none. */
    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The trainee of an enrolment at a session, with their status (and mode, if they attended). */
    static Attendance of(
            CourseSession session,
            Enrolment enrolment,
            AttendanceStatus status,
            AttendanceMode mode,
            String by,
            Instant now) {
        var attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.sessionId = session.id;
        attendance.programmeId = session.programmeId;
        attendance.enrolmentId = enrolment.id;
        attendance.trainee = enrolment.trainee;
        attendance.record(status, mode, by, now);
        return attendance;
    }

    /** Recorded again: the status and mode may be corrected, and who recorded it last is kept. */
    void record(AttendanceStatus status, AttendanceMode mode, String by, Instant now) {
        this.status = status;
        this.mode = status.attended() ? mode : null;
        recordedBy = by;
        recordedAt = now;
    }
}
