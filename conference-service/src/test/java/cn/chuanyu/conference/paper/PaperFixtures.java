package cn.chuanyu.conference.paper;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import java.util.List;

/** The page's crop-genetics paper: 郭超 (四川大学玉米研究所) with 贺俊 (西南大学), a 川渝合作 paper. */
public final class PaperFixtures {

    public static final String GUO_CHAO = "guochao";

    private PaperFixtures() {}

    public static PaperRequest cropGenetics() {
        return new PaperRequest(
                ConferenceFixtures.LIFE_SCIENCES,
                "玉米株型调控基因的遗传解析",
                "论文涵盖了遗传学、植物发育学、基因组学等多个生命科学交叉学科。",
                List.of("作物遗传育种", "基因组学"),
                List.of(
                        new Author("郭超", null, "四川大学玉米研究所", Region.SICHUAN, true),
                        new Author("贺俊", "0000-0002-1825-0097", "西南大学", Region.CHONGQING, false)),
                null);
    }

    static PaperRequest withVersion(PaperRequest request, long version, String title) {
        return new PaperRequest(
                request.track(), title, request.abstractText(), request.keywords(), request.authors(), version);
    }
}
