package cn.chuanyu.conference.review;

import cn.chuanyu.conference.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An expert registered by the organisers to review papers; the user name is their login. */
@Audited
@Entity
@Table(name = "expert_reviewer")
public class ExpertReviewer extends PanacheEntityBase {

    @Id
    public String username;

    public String name;

    public String orcid;

    public String institution;

    @Enumerated(EnumType.STRING)
    public Region region;

    /** Topics the expert knows, as they wrote them; matched with papers' keywords and tracks for affinity. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertise = List.of();

    /** Institutions the expert declared a conflict with, beyond their own. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "declared_institutions")
    public List<String> declaredInstitutions = List.of();

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    static ExpertReviewer register(RegisterReviewerRequest request, String organiser, Instant now) {
        var reviewer = new ExpertReviewer();
        reviewer.username = request.username();
        reviewer.name = request.name().strip();
        reviewer.orcid = request.orcid();
        reviewer.institution = request.institution().strip();
        reviewer.region = request.region();
        reviewer.registeredBy = organiser;
        reviewer.registeredAt = now;
        return reviewer;
    }

    /** The expert states what they know and which institutions they must not judge; both replace what was there. */
    public void declare(List<String> topics, List<String> institutions) {
        expertise = topics.stream().map(String::strip).distinct().toList();
        declaredInstitutions =
                institutions.stream().map(String::strip).distinct().toList();
    }
}
