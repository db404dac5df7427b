package cn.chuanyu.conference.edition;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A conference edition (学术大会), e.g. 首届川渝科技学术大会 in Chengdu on 2020-12-10. */
@Audited
@Entity
@Table(name = "conference")
public class Conference extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public int edition;

    public String city;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organisers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conference_track", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    public List<Track> tracks = new ArrayList<>();

    @Column(name = "call_opens_on")
    public LocalDate callOpensOn;

    @Column(name = "call_closes_on")
    public LocalDate callClosesOn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public static Conference create(CreateConferenceRequest request, String organiser, Instant now) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw invalidDates("conference-ends-before-start", request.endsOn(), request.startsOn());
        }
        if (request.callClosesOn().isBefore(request.callOpensOn())) {
            throw invalidDates("call-closes-before-opens", request.callClosesOn(), request.callOpensOn());
        }
        if (request.tracks().stream().map(Track::code).distinct().count()
                != request.tracks().size()) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "duplicate-track",
                    "duplicate-track",
                    String.join(", ", request.tracks().stream().map(Track::code).toList()));
        }
        var conference = new Conference();
        conference.id = UUID.randomUUID();
        conference.name = request.name().strip();
        conference.edition = request.edition();
        conference.city = request.city().strip();
        conference.startsOn = request.startsOn();
        conference.endsOn = request.endsOn();
        conference.organisers = List.copyOf(request.organisers());
        conference.tracks = new ArrayList<>(request.tracks());
        conference.callOpensOn = request.callOpensOn();
        conference.callClosesOn = request.callClosesOn();
        conference.createdBy = organiser;
        conference.createdAt = now;
        return conference;
    }

    /** Refuses a submission outside the call-for-papers window, both ends inclusive, in China's time zone. */
    public void requireCallOpen(LocalDate today) {
        if (today.isBefore(callOpensOn) || today.isAfter(callClosesOn)) {
            throw new ProblemException(
                    Status.CONFLICT, "call-for-papers-closed", "call-closed", name, callOpensOn, callClosesOn, today);
        }
    }

    /** Refuses a track the conference does not have. */
    public void requireTrack(String code) {
        if (tracks.stream().noneMatch(t -> t.code().equals(code))) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "unknown-track",
                    "unknown-track",
                    name,
                    code,
                    String.join(", ", tracks.stream().map(Track::code).toList()));
        }
    }

    private static ProblemException invalidDates(String detailKey, Object... dates) {
        return new ProblemException(Status.BAD_REQUEST, "invalid-dates", detailKey, dates);
    }
}
