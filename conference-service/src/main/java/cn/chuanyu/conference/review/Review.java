package cn.chuanyu.conference.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One expert's review of one paper: scores from 1 to 5 per criterion and a recommendation. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    /** One review per assignment: the primary key makes a second one impossible, even concurrently. */
    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    public int originality;

    public int significance;

    public int rigour;

    public int clarity;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public String comments;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
