package cn.chuanyu.alliance.demo;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.Caller;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A small, realistic board for a few of the 12 zones (the zones themselves are seeded by migration), loaded once when
 * {@code chuanyu.demo-data.enabled}: drafted and published by the secretariat through the same code as real use, so
 * their events reach Kafka too.
 */
@ApplicationScoped
public class DemoBoard {

    private static final Logger LOG = Logger.getLogger(DemoBoard.class);
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);
    private static final LocalDate FROM = LocalDate.of(2020, 12, 6);
    private static final LocalDate UNTIL = LocalDate.of(2099, 12, 31);

    private final boolean enabled;
    private final BoardItems items;

    DemoBoard(
            @ConfigProperty(name = "chuanyu.demo-data.enabled", defaultValue = "false") boolean enabled,
            BoardItems items) {
        this.enabled = enabled;
        this.items = items;
    }

    void load(@Observes StartupEvent startup) {
        if (enabled) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        if (BoardItem.count() > 0) {
            return;
        }
        publish(
                "chengdu",
                BoardItemKind.DEMAND,
                "新能源汽车动力电池回收技术需求",
                "园区企业寻求动力电池梯次利用与正负极材料回收的成熟技术及合作团队。",
                List.of("新能源", "新材料"),
                List.of("电池回收", "钾离子电池", "梯次利用"));
        publish(
                "chongqing",
                BoardItemKind.DEMAND,
                "汽车企业新型储能电池联合攻关需求",
                "重庆汽车企业寻求高校院所在新型电池材料方向开展产学研合作。",
                List.of("汽车", "新能源"),
                List.of("电池材料", "产学研合作"));
        publish(
                "mianyang",
                BoardItemKind.RESOURCE,
                "电子信息中试平台开放共享",
                "面向联盟成员单位开放电子元器件可靠性测试与中试验证平台。",
                List.of("电子信息"),
                List.of("中试平台", "可靠性测试"));
        publish(
                "bishan",
                BoardItemKind.PROJECT,
                "智能装备产业协同项目",
                "璧山高新区与成都高新区共建智能装备零部件协同配套项目。",
                List.of("智能制造"),
                List.of("智能装备", "协同配套"));
        publish(
                "panzhihua",
                BoardItemKind.RESOURCE,
                "钒钛新材料检测分析资源",
                "提供钒钛资源综合利用相关的检测分析与技术咨询服务。",
                List.of("新材料"),
                List.of("钒钛", "检测分析"));
        LOG.info("Demo board loaded: 5 published items of 5 zones");
    }

    private void publish(
            String zone,
            BoardItemKind kind,
            String title,
            String description,
            List<String> industries,
            List<String> keywords) {
        BoardItem item = items.draft(
                new BoardItemRequest(
                        zone, kind, title, description, industries, keywords, "联盟秘书处", null, null, FROM, UNTIL, null),
                SECRETARIAT);
        items.publish(item.id, SECRETARIAT);
    }
}
