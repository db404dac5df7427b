package cn.chuanyu.training.course;

import cn.chuanyu.training.programme.TeachingMode;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.web.problem.ProblemException;
import cn.chuanyu.web.problem.ProblemTexts.Term;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A course of a programme (e.g. one of the 16 of the 2020 primary course), taught by one expert instructor. */
@Entity
@Audited
@Table(name = "training_course")
public class Course extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    public String title;

    @Column(name = "instructor_name")
    public String instructorName;

    @Column(name = "instructor_affiliation")
    public String instructorAffiliation;

    /** The login account of the instructor, who manages the course's sessions and records its attendance. */
    @Column(name = "instructor_account")
    public String instructorAccount;

    @Enumerated(EnumType.STRING)
    public CourseMode mode;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public BigDecimal hours;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    static Course create(TrainingProgramme programme, CourseRequest request, String admin, Instant now) {
        var course = new Course();
        course.id = UUID.randomUUID();
        course.programmeId = programme.id;
        course.createdBy = admin;
        course.createdAt = now;
        course.apply(programme, request);
        return course;
    }

    /**
     * Edits the course within its programme; refused if one of its sessions would fall outside its new days (moving or
     * removing the session is a decision for its instructor, not a side effect of the edit).
     */
    void edit(TrainingProgramme programme, CourseRequest request, List<CourseSession> sessions) {
        if (!programmeId.equals(request.programmeId())) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "programme-not-changeable", "programme-not-changeable", id, programmeId);
        }
        apply(programme, request);
        for (CourseSession session : sessions) {
            if (!session.fallsWithin(this)) {
                throw new ProblemException(
                        Status.CONFLICT,
                        "sessions-outside-course",
                        "sessions-outside-course",
                        session.id,
                        session.firstDay());
            }
        }
    }

    private void apply(TrainingProgramme programme, CourseRequest request) {
        if (request.endsOn().isBefore(request.startsOn())
                || request.startsOn().isBefore(programme.startsOn)
                || request.endsOn().isAfter(programme.endsOn)) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "course-dates",
                    request.startsOn(),
                    request.endsOn(),
                    programme.startsOn,
                    programme.endsOn);
        }
        if (programme.teachingMode != TeachingMode.BLENDED
                && !programme.teachingMode.name().equals(request.mode().name())) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "mode-not-offered",
                    "mode-not-offered",
                    new Term(programme.teachingMode.name().toLowerCase(Locale.ROOT)),
                    new Term(request.mode().name().toLowerCase(Locale.ROOT)));
        }
        title = request.title().strip();
        instructorName = request.instructorName().strip();
        instructorAffiliation = request.instructorAffiliation().strip();
        instructorAccount = request.instructorAccount().strip();
        mode = request.mode();
        startsOn = request.startsOn();
        endsOn = request.endsOn();
        hours = request.hours();
    }
}
