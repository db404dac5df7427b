package cn.chuanyu.alliance.seminar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A Party-building seminar (党建研讨会) held by a zone with other zones attending. */
@Audited
@Entity
@Table(name = "seminar")
public class Seminar extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Column(name = "host_zone")
    public String hostZone;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attending_zones")
    public List<String> attendingZones;

    public String summary;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** A seminar held, as recorded by {@code user}; its attending zones are {@link #attending}'s. */
    static Seminar record(SeminarRequest request, String user, Instant now) {
        var seminar = new Seminar();
        seminar.id = UUID.randomUUID();
        seminar.title = request.title().strip();
        seminar.hostZone = request.hostZone();
        seminar.heldOn = request.heldOn();
        seminar.attendingZones = List.copyOf(attending(request));
        seminar.summary = request.summary();
        seminar.recordedBy = user;
        seminar.recordedAt = now;
        return seminar;
    }

    /** The zones that took part: the host first, then the attending zones, each once. */
    static Set<String> attending(SeminarRequest request) {
        var zones = new LinkedHashSet<String>();
        zones.add(request.hostZone());
        zones.addAll(request.attendingZones());
        return zones;
    }
}
