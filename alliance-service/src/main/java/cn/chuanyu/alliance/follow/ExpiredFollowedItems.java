package cn.chuanyu.alliance.follow;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.kernel.AllianceClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item expires by the calendar, not by a request: a scheduled check tells the followers of each published item past
 * its last valid day (Asia/Shanghai), once. It claims the items with one {@code UPDATE ... RETURNING} over rows locked
 * with {@code FOR UPDATE SKIP LOCKED} and writes the notices in the same transaction, so a second run or a second
 * instance tells nobody twice. Items nobody follows are not claimed.
 */
@ApplicationScoped
public class ExpiredFollowedItems {

    /** Claimed per transaction: a backlog is worked off batch by batch. */
    static final int BATCH = 100;

    private final EntityManager entityManager;
    private final Watchers watchers;
    private final AllianceClock clock;

    ExpiredFollowedItems(EntityManager entityManager, Watchers watchers, AllianceClock clock) {
        this.entityManager = entityManager;
        this.watchers = watchers;
        this.clock = clock;
    }

    @Scheduled(
            identity = "followed-item-expiry-notices",
            every = "${chuanyu.alliance.expiry-check-interval}",
            delayed = "${chuanyu.alliance.expiry-check-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        while (announce(clock.today(), clock.now()) == BATCH) {
            // a full batch: there may be more
        }
    }

    /** Claims and announces up to {@link #BATCH} followed items expired on {@code today}; returns how many. */
    @Transactional
    public int announce(LocalDate today, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = entityManager
                .createNativeQuery("""
                        update board_item set expiry_noticed_at = ?2
                        where id in (select b.id from board_item b
                                     where b.status = 'PUBLISHED' and b.valid_until < ?1
                                       and b.expiry_noticed_at is null
                                       and exists (select 1 from follow f where f.board_item_id = b.id)
                                     order by b.valid_until, b.id
                                     limit ?3
                                     for update skip locked)
                        returning id""")
                .setParameter(1, today)
                .setParameter(2, now)
                .setParameter(3, BATCH)
                .getResultList();
        for (UUID id : claimed) {
            BoardItem item = BoardItem.findById(id);
            watchers.itemChanged(item, "EXPIRED", now);
        }
        return claimed.size();
    }
}
