package cn.chuanyu.conference.discussion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One post in a paper's discussion, by an organiser or one of its reviewers. */
@Audited
@Entity
@Table(name = "discussion_post")
public class DiscussionPost extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    @Column(name = "posted_by")
    public String postedBy;

    /** Whether an organiser wrote it (else one of the paper's reviewers). */
    public boolean organiser;

    public String text;

    @Column(name = "posted_at")
    public Instant postedAt;

    static DiscussionPost of(UUID paperId, String user, boolean organiser, String text, Instant now) {
        var post = new DiscussionPost();
        post.id = UUID.randomUUID();
        post.paperId = paperId;
        post.postedBy = user;
        post.organiser = organiser;
        post.text = text.strip();
        post.postedAt = now;
        return post;
    }
}
