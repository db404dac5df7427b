package cn.chuanyu.alliance.project;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Board items and projects set up through the application services, as their owners would. */
final class WorkChainFixtures {

    static final Caller SECRETARIAT = new Caller("secretariat", null, true);
    static final Caller CHENGDU = new Caller("officer-chengdu", "chengdu", false);
    static final Caller CHONGQING = new Caller("officer-chongqing", "chongqing", false);

    private final BoardItems items;
    private final WorkChain chain;

    WorkChainFixtures(BoardItems items, WorkChain chain) {
        this.items = items;
        this.chain = chain;
    }

    UUID published(String zone, BoardItemKind kind, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            BoardItem item = items.draft(
                    new BoardItemRequest(
                            zone,
                            kind,
                            title,
                            title + "：详细说明",
                            List.of("新能源"),
                            List.of("电池"),
                            "联络人",
                            null,
                            null,
                            today().minusDays(1),
                            today().plusYears(1),
                            null),
                    SECRETARIAT);
            return items.publish(item.id, SECRETARIAT).id;
        });
    }

    /** A chengdu project answered by a chongqing resource: in stage PROJECT_COLLECTED. */
    UUID collected(String title) {
        UUID demand = published("chengdu", BoardItemKind.DEMAND, title);
        UUID resource = published("chongqing", BoardItemKind.RESOURCE, title + "（资源）");
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID project = chain.start(new WorkChainRequests.Start(demand, null, null), CHENGDU).id;
            chain.collect(project, new WorkChainRequests.Collect(resource, null, null), CHENGDU);
            return project;
        });
    }

    UUID signed(String title, String broker, LocalDate agreementDate) {
        UUID project = collected(title);
        QuarkusTransaction.requiringNew().run(() -> chain.sign(project, signing(broker, agreementDate), CHENGDU));
        return project;
    }

    /** Today in China, as the service counts days. */
    static LocalDate today() {
        return LocalDate.now(AllianceClock.CHINA);
    }

    static WorkChainRequests.Sign signing(String broker, LocalDate agreementDate) {
        return new WorkChainRequests.Sign(
                agreementDate,
                List.of(
                        new SigningParty("成都高新区管委会", "chengdu"),
                        new SigningParty("重庆高新区管委会", "chongqing"),
                        new SigningParty("重庆大学", null)),
                broker,
                "签约仪式");
    }
}
