package cn.chuanyu.training.programme;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A technology-broker training programme (培训班): one cohort, its organisers, dates and capacity. */
@Entity
@Audited
@Table(name = "training_programme")
public class TrainingProgramme extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public BrokerLevel level;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organisers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> executors;

    public String venue;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "teaching_mode")
    public TeachingMode teachingMode;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** A one-day programme is fine; one that ends before it starts, or outside 2000..2100, is refused. */
    static TrainingProgramme create(CreateProgrammeRequest request, String admin, Instant now) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "invalid-dates",
                    "programme-ends-before-start",
                    request.endsOn(),
                    request.startsOn());
        }
        if (request.startsOn().isBefore(CreateProgrammeRequest.EARLIEST)
                || request.endsOn().isAfter(CreateProgrammeRequest.LATEST)) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "invalid-dates",
                    "programme-dates-range",
                    request.startsOn(),
                    request.endsOn(),
                    CreateProgrammeRequest.EARLIEST,
                    CreateProgrammeRequest.LATEST);
        }
        var programme = new TrainingProgramme();
        programme.id = UUID.randomUUID();
        programme.name = request.name().strip();
        programme.level = request.level();
        programme.organisers = stripped(request.organisers());
        programme.executors = stripped(request.executors());
        programme.venue = request.venue().strip();
        programme.startsOn = request.startsOn();
        programme.endsOn = request.endsOn();
        programme.capacity = request.capacity();
        programme.teachingMode = request.teachingMode();
        programme.createdBy = admin;
        programme.createdAt = now;
        return programme;
    }

    private static List<String> stripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
