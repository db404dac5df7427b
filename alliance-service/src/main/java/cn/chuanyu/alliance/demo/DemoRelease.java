package cn.chuanyu.alliance.demo;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.release.CollectionRound;
import cn.chuanyu.alliance.release.CollectionRounds;
import cn.chuanyu.alliance.release.OpenRoundRequest;
import cn.chuanyu.alliance.release.RoundStatus;
import cn.chuanyu.alliance.release.RoundSubmission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The alliance's first periodic release, 2020年第四季度, holding the demo board's items: opened, filled, closed and
 * published by the secretariat through the same code as real use (so the release event reaches Kafka). Runs after
 * {@link DemoBoard} (a later observer priority). Each step is its own transaction and is taken only if the round has
 * not passed it yet, so a restart with kept data, even after an interrupted load, ends with exactly one published
 * release.
 */
@ApplicationScoped
public class DemoRelease {

    static final String NAME = "2020年第四季度";
    private static final Logger LOG = Logger.getLogger(DemoRelease.class);
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);
    /** The validity start of every demo board item: the alliance's founding day. */
    private static final LocalDate DEMO_BOARD_FROM = LocalDate.of(2020, 12, 6);

    private final boolean enabled;
    private final CollectionRounds rounds;

    DemoRelease(
            @ConfigProperty(name = "chuanyu.demo-data.enabled", defaultValue = "false") boolean enabled,
            CollectionRounds rounds) {
        this.enabled = enabled;
        this.rounds = rounds;
    }

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent startup) {
        if (enabled) {
            loadOnce();
        }
    }

    void loadOnce() {
        CollectionRound round = QuarkusTransaction.requiringNew()
                .call(() -> CollectionRound.<CollectionRound>find("name", NAME).firstResult());
        if (round != null && round.status == RoundStatus.PUBLISHED) {
            return;
        }
        UUID id = round != null
                ? round.id
                : rounds.open(
                                new OpenRoundRequest(
                                        NAME,
                                        LocalDate.of(2020, 10, 1),
                                        LocalDate.of(2020, 12, 31),
                                        LocalDate.of(2020, 12, 31)),
                                SECRETARIAT)
                        .id;
        if (round == null || round.status == RoundStatus.OPEN) {
            for (UUID item : demoItemsNotYetSubmitted(id)) {
                rounds.submit(id, item, SECRETARIAT);
            }
            rounds.close(id, SECRETARIAT);
        }
        var release = rounds.publish(id, SECRETARIAT);
        LOG.infof("Demo release %s published: %d items of zones %s", NAME, release.total(), release.zones());
    }

    private static List<UUID> demoItemsNotYetSubmitted(UUID round) {
        return QuarkusTransaction.requiringNew()
                .call(() -> BoardItem.<BoardItem>list(
                                "status = ?1 and createdBy = ?2 and validFrom = ?3 order by publishedAt",
                                BoardItemStatus.PUBLISHED,
                                SECRETARIAT.user(),
                                DEMO_BOARD_FROM)
                        .stream()
                        .map(i -> i.id)
                        .filter(item -> RoundSubmission.count("roundId = ?1 and itemId = ?2", round, item) == 0)
                        .toList());
    }
}
