package cn.chuanyu.conference.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An excellent-paper award granted to an accepted paper: a decision with who made it and when. */
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
}
