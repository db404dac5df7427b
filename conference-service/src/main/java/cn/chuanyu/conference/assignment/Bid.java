package cn.chuanyu.conference.assignment;

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

/** An expert's bid on a paper; one per pair, a new bid replaces it. Only the expert and the proposals read it. */
@Audited
@Entity
@Table(name = "review_bid")
public class Bid extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    public String reviewer;

    @Enumerated(EnumType.STRING)
    public BidLevel level;

    @Column(name = "bid_at")
    public Instant bidAt;

    static Bid place(UUID paperId, String reviewer, BidLevel level, Instant now) {
        var bid = new Bid();
        bid.id = UUID.randomUUID();
        bid.paperId = paperId;
        bid.reviewer = reviewer;
        bid.change(level, now);
        return bid;
    }

    void change(BidLevel newLevel, Instant now) {
        level = newLevel;
        bidAt = now;
    }
}
