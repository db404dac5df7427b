package cn.chuanyu.alliance.seminar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Party-building seminar (党建研讨会) held by a zone with other zones attending. */
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
}
