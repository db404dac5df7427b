package cn.chuanyu.alliance.demo;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.recognition.TitleLevel;
import cn.chuanyu.alliance.recognition.TitleRecognition;
import cn.chuanyu.alliance.recognition.TitleRecognitionRequest;
import cn.chuanyu.alliance.recognition.TitleRecognitions;
import cn.chuanyu.alliance.secondment.Secondment;
import cn.chuanyu.alliance.secondment.SecondmentKind;
import cn.chuanyu.alliance.secondment.SecondmentRequest;
import cn.chuanyu.alliance.secondment.Secondments;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The charter's exchange mechanisms (互派挂职, 职称互认) in use between 成都高新区 and 重庆高新区, loaded once when
 * {@code chuanyu.demo-data.enabled}, through the same code as real use. The people are illustrative (示例).
 */
@ApplicationScoped
public class DemoActivities {

    private static final Logger LOG = Logger.getLogger(DemoActivities.class);
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    private final boolean enabled;
    private final Secondments secondments;
    private final TitleRecognitions recognitions;

    DemoActivities(
            @ConfigProperty(name = "chuanyu.demo-data.enabled", defaultValue = "false") boolean enabled,
            Secondments secondments,
            TitleRecognitions recognitions) {
        this.enabled = enabled;
        this.secondments = secondments;
        this.recognitions = recognitions;
    }

    void load(@Observes StartupEvent startup) {
        if (enabled) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        if (Secondment.count() == 0) {
            loadSecondments();
        }
        if (TitleRecognition.count() == 0) {
            recognitions.record(
                    new TitleRecognitionRequest(
                            "刘芳（示例）",
                            "高级工程师",
                            "工程技术",
                            TitleLevel.DEPUTY_SENIOR,
                            "chengdu",
                            "四川省人力资源和社会保障厅",
                            LocalDate.of(2019, 12, 20),
                            "chongqing",
                            LocalDate.of(2021, 4, 15),
                            "渝高新职认〔2021〕001号"),
                    SECRETARIAT);
            LOG.info("Demo title recognition loaded: a title of 成都高新区 recognised by 重庆高新区");
        }
    }

    private void loadSecondments() {
        Secondment cadre = secondments.propose(
                new SecondmentRequest(
                        "张明（示例）",
                        "成都高新区党群工作部干部",
                        SecondmentKind.CADRE,
                        "chengdu",
                        "chongqing",
                        "重庆高新区党群工作部（挂职）",
                        LocalDate.of(2021, 3, 1),
                        LocalDate.of(2021, 8, 31),
                        "落实联盟互派优秀干部交流挂职机制，交流党建引领园区高质量发展的经验"),
                SECRETARIAT);
        secondments.accept(cadre.id, null, SECRETARIAT);
        Secondment engineer = secondments.propose(
                new SecondmentRequest(
                        "李娜（示例）",
                        "高级工程师",
                        SecondmentKind.TECHNICAL,
                        "chongqing",
                        "chengdu",
                        "成都高新区电子信息产业技术服务平台（挂职）",
                        LocalDate.of(2021, 3, 1),
                        LocalDate.of(2022, 2, 28),
                        "专业技术骨干交流挂职，参与两地电子信息产业技术协作与项目对接"),
                SECRETARIAT);
        secondments.accept(engineer.id, null, SECRETARIAT);
        // One proposal awaiting the host's answer, starting after the load day so it can still be accepted or
        // cancelled.
        LocalDate start = secondments.today().plusMonths(2).withDayOfMonth(1);
        secondments.propose(
                new SecondmentRequest(
                        "王磊（示例）",
                        "璧山高新区经济发展局科长",
                        SecondmentKind.CADRE,
                        "bishan",
                        "chengdu",
                        null,
                        start,
                        start.plusMonths(6).minusDays(1),
                        "学习成都高新区产业招商与企业服务工作经验"),
                SECRETARIAT);
        LOG.info("Demo secondments loaded: two accepted between 成都高新区 and 重庆高新区, one proposed by 璧山高新区");
    }
}
