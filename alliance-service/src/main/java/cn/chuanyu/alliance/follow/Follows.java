package cn.chuanyu.alliance.follow;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.project.CollaborationProject;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Follows and saved searches: each belongs to the signed-in user who made it, and is seen and deleted by them only
 * (others get 404, as if it did not exist).
 */
@ApplicationScoped
public class Follows {

    /** Saved searches per user at most: each is tested against every new item, so their number is bounded. */
    public static final int SEARCHES_PER_USER = 20;

    private final AllianceClock clock;

    Follows(AllianceClock clock) {
        this.clock = clock;
    }

    /** What the follow is about, and whether it was new (false: the user already followed it). */
    public record Followed(Follow follow, boolean created) {}

    @Transactional
    public Followed follow(FollowRequest request, String user) {
        if ((request.boardItemId() == null) == (request.projectId() == null)) {
            throw new ProblemException(Status.BAD_REQUEST, "one-target", "follow-one-target");
        }
        if (request.boardItemId() != null) {
            requireFollowable(request.boardItemId());
        } else if (CollaborationProject.findById(request.projectId()) == null) {
            throw ProblemException.notFound("project", request.projectId());
        }
        Follow existing = Follow.find(
                        "follower = ?1 and (boardItemId = ?2 or projectId = ?3)",
                        user,
                        request.boardItemId(),
                        request.projectId())
                .firstResult();
        if (existing != null) {
            return new Followed(existing, false);
        }
        Follow follow = Follow.of(user, request.boardItemId(), request.projectId(), clock.now());
        try {
            follow.persistAndFlush();
        } catch (ConstraintViolationException followedTwiceAtOnce) {
            // the same user followed twice at once: the unique index let one through, which is what they wanted
            throw new ProblemException(Status.CONFLICT, "concurrent-modification", "follow-concurrent");
        }
        return new Followed(follow, true);
    }

    @Transactional
    public void unfollow(UUID id, String user) {
        Follow follow = Follow.findById(id);
        if (follow == null || !follow.follower.equals(user)) {
            throw ProblemException.notFound("follow", id);
        }
        follow.delete();
    }

    /** The user's follows, newest first. */
    public PageOf<Follow> follows(String user, int page, int size) {
        var query = Follow.<Follow>find("follower = ?1 order by followedAt desc, id", user)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    @Transactional
    public SavedSearch save(SavedSearchRequest request, String user) {
        if (request.zone() != null && !request.zone().isBlank()) {
            Zone.require(request.zone().strip());
        }
        // one at a time per user, so that the limit and the unique name hold under concurrent saves
        SavedSearch.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('saved_search:' || ?1))")
                .setParameter(1, user)
                .getSingleResult();
        if (SavedSearch.count("owner", user) >= SEARCHES_PER_USER) {
            throw new ProblemException(
                    Status.CONFLICT, "too-many-saved-searches", "too-many-saved-searches", SEARCHES_PER_USER);
        }
        SavedSearch search = SavedSearch.of(user, request, clock.now());
        if (SavedSearch.count("owner = ?1 and name = ?2", user, search.name) > 0) {
            throw new ProblemException(
                    Status.CONFLICT, "saved-search-name-taken", "saved-search-name-taken", search.name);
        }
        search.persist();
        return search;
    }

    public SavedSearch search(UUID id, String user) {
        SavedSearch search = SavedSearch.findById(id);
        if (search == null || !search.owner.equals(user)) {
            throw ProblemException.notFound("saved-search", id);
        }
        return search;
    }

    public List<SavedSearch> searches(String user) {
        return SavedSearch.list("owner = ?1 order by createdAt desc, id", user);
    }

    @Transactional
    public void delete(UUID id, String user) {
        search(id, user).delete();
    }

    /** Only what the public board shows can be followed: a draft or submitted item does not exist for others. */
    private void requireFollowable(UUID itemId) {
        BoardItem item = BoardItem.findById(itemId);
        if (item == null || item.status == BoardItemStatus.DRAFT || item.status == BoardItemStatus.SUBMITTED) {
            throw ProblemException.notFound("board-item", itemId);
        }
        BoardItemStatus status = item.statusOn(clock.today());
        if (status != BoardItemStatus.PUBLISHED) {
            throw new ProblemException(Status.CONFLICT, "target-not-open", "follow-item-not-open", itemId, status);
        }
    }
}
