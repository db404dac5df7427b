package cn.chuanyu.conference.society;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** An annual first-class society award (年度川渝一流学会): a decision with who made it and when. */
@Audited
@Entity
@Table(name = "society_award")
public class SocietyAward extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "society_id")
    public UUID societyId;

    public int year;

    public String citation;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Once per society and year: {@link Societies} checks it with the society locked. */
    static SocietyAward grant(Society society, AwardRequest request, String organiser, Instant now) {
        var award = new SocietyAward();
        award.id = UUID.randomUUID();
        award.societyId = society.id;
        award.year = request.year();
        award.citation = request.citation();
        award.decidedBy = organiser;
        award.decidedAt = now;
        return award;
    }
}
