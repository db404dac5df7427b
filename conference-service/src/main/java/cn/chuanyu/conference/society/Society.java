package cn.chuanyu.conference.society;

import cn.chuanyu.conference.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A learned society (学会) of the registry, e.g. 重庆市青年科技领军人才协会. */
@Audited
@Entity
@Table(name = "society")
public class Society extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Region region;

    @Column(name = "founded_year")
    public Integer foundedYear;

    public Integer members;

    public String description;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    static Society register(SocietyRequest request, String organiser, Instant now) {
        var society = new Society();
        society.id = UUID.randomUUID();
        society.name = request.name().strip();
        society.region = request.region();
        society.foundedYear = request.foundedYear();
        society.members = request.members();
        society.description = request.description();
        society.createdBy = organiser;
        society.createdAt = now;
        return society;
    }
}
