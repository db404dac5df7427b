package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Board items and rounds set up through the application services, each in its own transaction. */
final class ReleaseFixtures {

    static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    private ReleaseFixtures() {}

    static LocalDate today() {
        return LocalDate.now(AllianceClock.CHINA);
    }

    /** A unique round name, so that tests sharing the database never collide. */
    static String roundName(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static UUID openRound(String name, LocalDate deadline) {
        CollectionRounds rounds = rounds();
        return QuarkusTransaction.requiringNew()
                .call(() -> rounds.open(
                                new OpenRoundRequest(
                                        roundName(name), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31), deadline),
                                SECRETARIAT)
                        .id);
    }

    static UUID openRound(String name) {
        return openRound(name, today().plusDays(10));
    }

    static UUID draft(String zone, BoardItemKind kind, String title) {
        BoardItems items = CDI.current().select(BoardItems.class).get();
        return QuarkusTransaction.requiringNew().call(() -> items.draft(request(zone, kind, title), SECRETARIAT).id);
    }

    static UUID published(String zone, BoardItemKind kind, String title) {
        BoardItems items = CDI.current().select(BoardItems.class).get();
        UUID id = draft(zone, kind, title);
        QuarkusTransaction.requiringNew().run(() -> items.publish(id, SECRETARIAT));
        return id;
    }

    static void withdraw(UUID item) {
        BoardItems items = CDI.current().select(BoardItems.class).get();
        QuarkusTransaction.requiringNew().run(() -> items.withdraw(item, SECRETARIAT));
    }

    static void submit(UUID round, UUID item) {
        CollectionRounds rounds = rounds();
        QuarkusTransaction.requiringNew().run(() -> rounds.submit(round, item, SECRETARIAT));
    }

    static void close(UUID round) {
        CollectionRounds rounds = rounds();
        QuarkusTransaction.requiringNew().run(() -> rounds.close(round, SECRETARIAT));
    }

    static void publish(UUID round) {
        CollectionRounds rounds = rounds();
        QuarkusTransaction.requiringNew().run(() -> rounds.publish(round, SECRETARIAT));
    }

    private static CollectionRounds rounds() {
        return CDI.current().select(CollectionRounds.class).get();
    }

    private static BoardItemRequest request(String zone, BoardItemKind kind, String title) {
        return new BoardItemRequest(
                zone,
                kind,
                title,
                title + "：欢迎联盟成员单位对接合作。",
                List.of("新能源", "新材料"),
                List.of("电池回收", "梯次利用"),
                "李主任",
                "028-12345678",
                "li@example.cn",
                today().minusDays(1),
                today().plusMonths(6),
                null);
    }
}
