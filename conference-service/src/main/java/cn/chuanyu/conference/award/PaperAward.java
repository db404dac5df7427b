package cn.chuanyu.conference.award;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** An excellent-paper award granted to an accepted paper: a decision with who made it and when. */
@Audited
@Entity
@Table(name = "paper_award")
public class PaperAward extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "paper_id")
    public UUID paperId;

    @Enumerated(EnumType.STRING)
    public AwardGrade grade;

    public String citation;

    @Column(name = "granted_by")
    public String grantedBy;

    @Column(name = "granted_at")
    public Instant grantedAt;

    /** Only an accepted paper is awarded. The grade's quota and one award per paper are counted by {@link Awards}. */
    static PaperAward grant(Paper paper, AwardGrade grade, String citation, String organiser, Instant now) {
        if (paper.status != PaperStatus.ACCEPTED) {
            throw new ProblemException(
                    Status.CONFLICT, "paper-not-accepted", "paper-not-accepted", paper.id, paper.status.term());
        }
        var award = new PaperAward();
        award.id = UUID.randomUUID();
        award.conferenceId = paper.conferenceId;
        award.paperId = paper.id;
        award.grade = grade;
        award.citation = citation;
        award.grantedBy = organiser;
        award.grantedAt = now;
        return award;
    }
}
