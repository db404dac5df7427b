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

/** An expert registered by the organisers to review papers; the user name is their login. */
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
}
