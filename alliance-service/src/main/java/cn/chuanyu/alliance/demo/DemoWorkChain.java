package cn.chuanyu.alliance.demo;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.CollaborationProject;
import cn.chuanyu.alliance.project.WorkChain;
import cn.chuanyu.alliance.project.WorkChainRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One project on the work chain: Chengdu's battery-recycling demand answered by Panzhihua's materials-analysis
 * resource, collected and waiting for signing (which needs a broker certified by the training context). Taken by
 * Chengdu's officer through the same code as real use; once.
 */
@ApplicationScoped
public class DemoWorkChain {

    private static final Logger LOG = Logger.getLogger(DemoWorkChain.class);
    private static final Caller CHENGDU = new Caller("officer-chengdu", "chengdu", false);
    static final String DEMAND = "新能源汽车动力电池回收技术需求";
    static final String RESOURCE = "钒钛新材料检测分析资源";

    private final boolean enabled;
    private final WorkChain chain;

    DemoWorkChain(
            @ConfigProperty(name = "chuanyu.demo-data.enabled", defaultValue = "false") boolean enabled,
            WorkChain chain) {
        this.enabled = enabled;
        this.chain = chain;
    }

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent startup) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::loadOnce);
        }
    }

    void loadOnce() {
        BoardItem demand = BoardItem.find("title", DEMAND).firstResult();
        BoardItem resource = BoardItem.find("title", RESOURCE).firstResult();
        if (demand == null || resource == null || CollaborationProject.count("demandItemId", demand.id) > 0) {
            return;
        }
        CollaborationProject project =
                chain.start(new WorkChainRequests.Start(demand.id, "动力电池回收材料检测联合攻关项目", "成都高新区依据联盟需求清单立项"), CHENGDU);
        chain.collect(project.id, new WorkChainRequests.Collect(resource.id, null, "攀枝花钒钛高新区提供检测分析资源"), CHENGDU);
        LOG.infof("Demo work chain loaded: project %s collected, awaiting signing with a certified broker", project.id);
    }
}
