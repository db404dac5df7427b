package cn.chuanyu.alliance.zone;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A national high-tech zone (国家高新区) of the alliance. Seeded by migration; only its moderation setting changes. */
@Audited
@Entity
@Table(name = "zone")
public class Zone extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public ZoneRegion region;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    /** Set by the secretariat: an officer's publication then waits for its approval (SUBMITTED). */
    @Column(name = "moderation_required")
    public boolean moderationRequired;

    /** The zone of that code; a request naming a zone outside the alliance is refused (400 unknown-zone). */
    public static Zone require(String code) {
        Zone zone = findById(code);
        if (zone == null) {
            throw new ProblemException(Status.BAD_REQUEST, "unknown-zone", "unknown-zone", code);
        }
        return zone;
    }
}
