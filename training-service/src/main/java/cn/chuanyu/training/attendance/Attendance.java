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

/** One trainee present at one session; absence is the lack of a record. */
@Entity
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
    public AttendanceMode mode;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The trainee of an enrolment present at a session. */
    static Attendance present(CourseSession session, Enrolment enrolment, AttendanceMode mode, String by, Instant now) {
        var attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.sessionId = session.id;
        attendance.programmeId = session.programmeId;
        attendance.enrolmentId = enrolment.id;
        attendance.trainee = enrolment.trainee;
        attendance.record(mode, by, now);
        return attendance;
    }

    /** Recorded again: the mode may be corrected, and who recorded it last is kept. */
    void record(AttendanceMode mode, String by, Instant now) {
        this.mode = mode;
        recordedBy = by;
        recordedAt = now;
    }
}
