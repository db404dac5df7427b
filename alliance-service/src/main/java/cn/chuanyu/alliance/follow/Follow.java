package cn.chuanyu.alliance.follow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in user following a published board item or a collaboration project, to hear of its changes. */
@Entity
@Table(name = "follow")
public class Follow extends PanacheEntityBase {

    @Id
    public UUID id;

    public String follower;

    @Column(name = "board_item_id")
    public UUID boardItemId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "followed_at")
    public Instant followedAt;

    static Follow of(String follower, UUID boardItemId, UUID projectId, Instant now) {
        var follow = new Follow();
        follow.id = UUID.randomUUID();
        follow.follower = follower;
        follow.boardItemId = boardItemId;
        follow.projectId = projectId;
        follow.followedAt = now;
        return follow;
    }
}
