package cn.chuanyu.conference.demo;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.award.AwardGrade;
import cn.chuanyu.conference.award.Awards;
import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.edition.CreateConferenceRequest;
import cn.chuanyu.conference.edition.Track;
import cn.chuanyu.conference.intent.CollaborationIntents;
import cn.chuanyu.conference.intent.IntentKind;
import cn.chuanyu.conference.intent.PartnerType;
import cn.chuanyu.conference.intent.PublishIntentRequest;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.PaperRequest;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.conference.review.DecisionRequest;
import cn.chuanyu.conference.review.Recommendation;
import cn.chuanyu.conference.review.RegisterReviewerRequest;
import cn.chuanyu.conference.review.ReviewRequest;
import cn.chuanyu.conference.review.Reviews;
import cn.chuanyu.conference.society.Societies;
import cn.chuanyu.conference.society.SocietyRequest;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The source page's facts (重庆日报, December 2020) as demo data: the first Sichuan–Chongqing science and technology
 * academic conference, its papers and 樊聪's collaboration intent. Loaded once, at start, when
 * {@code chuanyu.demo-data.enabled} (the embedded platform turns it on); through the same domain code and outbox as
 * real use, so the other contexts receive the events too.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ORGANISER = "organiser";

    private final boolean enabled;
    private final Papers papers;
    private final Reviews reviews;
    private final Awards awards;
    private final CollaborationIntents intents;
    private final Societies societies;

    DemoData(
            @ConfigProperty(name = "chuanyu.demo-data.enabled", defaultValue = "false") boolean enabled,
            Papers papers,
            Reviews reviews,
            Awards awards,
            CollaborationIntents intents,
            Societies societies) {
        this.enabled = enabled;
        this.papers = papers;
        this.reviews = reviews;
        this.awards = awards;
        this.intents = intents;
        this.societies = societies;
    }

    void load(@Observes StartupEvent startup) {
        if (enabled) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        if (Conference.count("name = ?1 and edition = 1", "首届川渝科技学术大会") > 0) {
            return;
        }
        Conference conference = Conference.create(
                new CreateConferenceRequest(
                        "首届川渝科技学术大会",
                        1,
                        "成都",
                        LocalDate.of(2020, 12, 10),
                        LocalDate.of(2020, 12, 10),
                        List.of("四川省科学技术协会", "重庆市科学技术协会"),
                        List.of(
                                new Track("life-sciences", "生命科学"),
                                new Track("energy-materials", "能源与材料"),
                                new Track("electronics", "电子科学与技术")),
                        LocalDate.of(2020, 9, 1),
                        LocalDate.of(2020, 11, 15)),
                ORGANISER,
                Instant.parse("2020-08-20T02:00:00Z"));
        conference.persist();

        UUID cropGenetics = papers.record(
                        conference.id,
                        new PaperRequest(
                                "life-sciences",
                                "玉米株型调控的遗传与基因组学解析",
                                "作物遗传育种研究，涵盖遗传学、植物发育学、基因组学等多个生命科学交叉学科，是川渝合作之果。",
                                List.of("作物遗传育种", "基因组学", "植物发育学"),
                                List.of(
                                        new Author("郭超", null, "四川大学玉米研究所", Region.SICHUAN, true),
                                        new Author("贺俊", null, "西南大学", Region.CHONGQING, false)),
                                null),
                        "guochao",
                        Instant.parse("2020-10-20T08:00:00Z"))
                .id;
        UUID perovskite = papers.record(
                        conference.id,
                        new PaperRequest(
                                "energy-materials",
                                "高性能无机钙钛矿太阳能电池研究",
                                "一种新型薄膜太阳能电池：高性能无机钙钛矿太阳能电池的原创性研究。",
                                List.of("钙钛矿", "薄膜太阳能电池"),
                                List.of(new Author("臧志刚", null, "重庆大学光电工程学院", Region.CHONGQING, true)),
                                null),
                        "zangzhigang",
                        Instant.parse("2020-10-28T08:00:00Z"))
                .id;
        UUID battery = papers.record(
                        conference.id,
                        new PaperRequest(
                                "energy-materials",
                                "新型有机钾离子电池电极材料研究",
                                "面向储能的新型有机钾离子电池。",
                                List.of("钾离子电池", "有机电极材料"),
                                List.of(new Author("樊聪", null, "电子科技大学", Region.SICHUAN, true)),
                                null),
                        "fancong",
                        Instant.parse("2020-11-02T08:00:00Z"))
                .id;

        intents.publish(
                new PublishIntentRequest(
                        IntentKind.OFFER,
                        "新型有机钾离子电池成果转化",
                        "我是做新型有机钾离子电池研究的，希望开始做成果的商业化：与重庆的化学、材料等领域的科技工作者联合攻关，" + "并与重庆的汽车企业开展产学研合作，让成果从实验室走向市场。",
                        List.of("化学", "材料科学"),
                        List.of("钾离子电池", "成果转化", "汽车"),
                        List.of(PartnerType.UNIVERSITY, PartnerType.INSTITUTE, PartnerType.ENTERPRISE),
                        List.of(Region.CHONGQING),
                        battery,
                        "电子科技大学"),
                "fancong");
        awardExcellentPapers(conference.id, cropGenetics, perovskite);
        // The page shows 年度川渝一流学会 winners receiving awards but names none; it does name this society.
        societies.register(
                new SocietyRequest(
                        "重庆市青年科技领军人才协会",
                        Region.CHONGQING,
                        2020,
                        166,
                        "由13名中青年科技工作者发起，打造人才交流、联谊、服务平台，支持青年科技领军人才创新创业创造。"),
                ORGANISER);
        LOG.info("Demo data loaded: 首届川渝科技学术大会 with 3 papers, its announced awards, 1 society "
                + "and 1 collaboration intent");
    }

    /**
     * 臧志刚's paper won the special prize (特等奖) and 郭超's was rated excellent; the page does not print the latter's grade,
     * so the demo gives it 一等奖. Both go through review and decision like any paper.
     */
    private void awardExcellentPapers(UUID conferenceId, UUID cropGenetics, UUID perovskite) {
        reviews.register(new RegisterReviewerRequest("reviewer", "评审专家", null, "中国科学技术协会", Region.OTHER), ORGANISER);
        for (UUID paper : List.of(cropGenetics, perovskite)) {
            UUID assignment = reviews.assign(paper, "reviewer", ORGANISER).id;
            reviews.submitReview(
                    assignment,
                    new ReviewRequest(
                            Map.of("originality", 5, "significance", 5, "rigour", 5, "clarity", 5),
                            Recommendation.ACCEPT,
                            "原创性强，建议录用并推荐评优。"),
                    "reviewer");
            reviews.decide(paper, new DecisionRequest(DecisionRequest.Decision.ACCEPT, "评审专家一致推荐"), ORGANISER);
        }
        awards.setQuotas(
                conferenceId,
                Map.of(AwardGrade.SPECIAL, 1, AwardGrade.FIRST, 3, AwardGrade.SECOND, 5, AwardGrade.THIRD, 10));
        awards.grant(conferenceId, perovskite, AwardGrade.SPECIAL, "对从0到1原始创新成果的充分肯定", ORGANISER);
        awards.grant(conferenceId, cropGenetics, AwardGrade.FIRST, "川渝合作之果", ORGANISER);
        awards.announce(conferenceId, ORGANISER);
    }
}
