package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.Region;
import java.util.List;

/** Intents from the source page: 樊聪 (电子科技大学) offers organic potassium-ion batteries. */
final class IntentFixtures {

    static final String FAN_CONG = "fancong";

    private IntentFixtures() {}

    static PublishIntentRequest potassiumIonBatteries() {
        return new PublishIntentRequest(
                IntentKind.OFFER,
                "新型有机钾离子电池成果转化",
                "希望开始做成果的商业化，与重庆的化学、材料等领域的科技工作者联合攻关，并与重庆的汽车企业开展产学研合作。",
                List.of("化学", "材料科学"),
                List.of("钾离子电池", "有机电极材料"),
                List.of(PartnerType.UNIVERSITY, PartnerType.ENTERPRISE),
                List.of(Region.CHONGQING),
                null,
                "电子科技大学");
    }

    static PublishIntentRequest titled(String title) {
        var base = potassiumIonBatteries();
        return new PublishIntentRequest(
                base.kind(),
                title,
                base.summary(),
                base.disciplines(),
                base.keywords(),
                base.partnerTypesSought(),
                base.regionsSought(),
                null,
                base.institution());
    }
}
