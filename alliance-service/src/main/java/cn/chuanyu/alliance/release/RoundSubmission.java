package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A board item a zone put into a collection round; zone and kind are copied to filter without a join. */
@Audited
@Entity
@Table(name = "round_submission")
public class RoundSubmission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "zone_code")
    public String zoneCode;

    @Enumerated(EnumType.STRING)
    public BoardItemKind kind;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    static RoundSubmission of(CollectionRound round, BoardItem item, String user, Instant now) {
        var submission = new RoundSubmission();
        submission.id = UUID.randomUUID();
        submission.roundId = round.id;
        submission.itemId = item.id;
        submission.zoneCode = item.zoneCode;
        submission.kind = item.kind;
        submission.submittedBy = user;
        submission.submittedAt = now;
        return submission;
    }
}
