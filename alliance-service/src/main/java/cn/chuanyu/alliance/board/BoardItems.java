package cn.chuanyu.alliance.board;

import cn.chuanyu.alliance.follow.Watchers;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Drafting, editing, publishing and withdrawing board items; the board's listings are {@link BoardSearch}'s. */
@ApplicationScoped
public class BoardItems {

    private final Outbox outbox;
    private final Watchers watchers;
    private final AllianceClock clock;

    BoardItems(Outbox outbox, Watchers watchers, AllianceClock clock) {
        this.outbox = outbox;
        this.watchers = watchers;
        this.clock = clock;
    }

    @Transactional
    public BoardItem draft(BoardItemRequest request, Caller caller) {
        Zone.require(request.zone());
        caller.requireActsFor(request.zone());
        BoardItem item = BoardItem.draft(request, caller.user(), now());
        item.persist();
        return item;
    }

    @Transactional
    public BoardItem edit(UUID id, BoardItemRequest request, Caller caller) {
        BoardItem item = locked(id, caller);
        ProblemException.requireVersion("board-item", id, item.version, request.version());
        item.edit(request);
        return item;
    }

    /**
     * Publishes the draft, or, when an officer asks in a zone whose items need the secretariat's approval, submits it:
     * the secretariat's own publications are never held.
     */
    @Transactional
    public BoardItem publish(UUID id, Caller caller) {
        BoardItem item = locked(id, caller);
        if (!caller.secretariat() && Zone.require(item.zoneCode).moderationRequired) {
            item.submit(caller.user(), now(), today());
            outbox.publish(BoardEvents.submitted(item));
        } else {
            item.publish(now(), today());
            outbox.publish(BoardEvents.published(item));
            watchers.published(item);
        }
        return item;
    }

    @Transactional
    public BoardItem approve(UUID id, Caller caller) {
        BoardItem item = lockedForSecretariat(id, caller, "secretariat-approves");
        item.approve(now(), today());
        outbox.publish(BoardEvents.published(item));
        watchers.published(item);
        return item;
    }

    @Transactional
    public BoardItem returnToDraft(UUID id, ReturnRequest request, Caller caller) {
        BoardItem item = lockedForSecretariat(id, caller, "secretariat-returns");
        item.returnToDraft(request.reason().strip(), caller.user(), now());
        outbox.publish(BoardEvents.returned(item));
        return item;
    }

    /** An officer of the item's zone takes a submitted item back before the secretariat decides. */
    @Transactional
    public BoardItem recall(UUID id, Caller caller) {
        BoardItem item = locked(id, caller);
        item.recall();
        outbox.publish(BoardEvents.recalled(item, caller.user(), now()));
        return item;
    }

    @Transactional
    public BoardItem withdraw(UUID id, Caller caller) {
        BoardItem item = locked(id, caller);
        item.withdraw(now());
        outbox.publish(BoardEvents.withdrawn(item, caller.user()));
        watchers.itemChanged(item, BoardItemStatus.WITHDRAWN.name(), item.withdrawnAt);
        return item;
    }

    /** A published item for anyone; a draft or withdrawn one only for its zone and the secretariat. */
    public BoardItem get(UUID id, Caller caller) {
        BoardItem item = BoardItem.findById(id);
        if (item == null || item.status != BoardItemStatus.PUBLISHED && !caller.actsFor(item.zoneCode)) {
            throw ProblemException.notFound("board-item", id);
        }
        return item;
    }

    public LocalDate today() {
        return clock.today();
    }

    private static BoardItem lockedForSecretariat(UUID id, Caller caller, String detailKey) {
        if (!caller.secretariat()) {
            throw ProblemException.forbidden(detailKey);
        }
        BoardItem item = BoardItem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("board-item", id);
        }
        return item;
    }

    /**
     * The item, locked, for an officer of its zone or the secretariat. Another zone's draft, submitted or withdrawn
     * item is not found (404), as {@link #get} answers: a write must not reveal what a read hides.
     */
    private BoardItem locked(UUID id, Caller caller) {
        BoardItem item = BoardItem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.status != BoardItemStatus.PUBLISHED && !caller.actsFor(item.zoneCode)) {
            throw ProblemException.notFound("board-item", id);
        }
        caller.requireActsFor(item.zoneCode);
        return item;
    }

    private Instant now() {
        return clock.now();
    }
}
