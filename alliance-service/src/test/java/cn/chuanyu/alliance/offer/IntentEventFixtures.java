package cn.chuanyu.alliance.offer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.testing.EventSchemas;
import java.time.Instant;
import java.util.UUID;

/** Intent events as the conference context publishes them, checked against their contract. */
final class IntentEventFixtures {

    static final String TOPIC = "chuanyu.conference.intents";
    static final String SOURCE = "/chuanyu/conference-service";

    private IntentEventFixtures() {}

    static String published(UUID intentId, String title) {
        String template = """
                {"intentId": "%s", "kind": "OFFER", "title": "%s",
                 "summary": "希望与重庆的化学、材料等领域的科技工作者联合攻关，并与重庆的汽车企业开展产学研合作。",
                 "disciplines": ["化学", "材料科学"], "keywords": ["钾离子电池"],
                 "partnerTypesSought": ["UNIVERSITY", "ENTERPRISE"], "regionsSought": ["CHONGQING"],
                 "paperId": null, "publishedBy": "fancong", "institution": "电子科技大学", "publishedAt": "%s"}""";
        return conforming(TechnologyOffers.INTENT_PUBLISHED, template.formatted(intentId, title, Instant.now()));
    }

    static String withdrawn(UUID intentId) {
        String data = """
                {"intentId": "%s", "withdrawnBy": "fancong", "withdrawnAt": "%s"}""".formatted(intentId, Instant.now());
        return conforming(TechnologyOffers.INTENT_WITHDRAWN, data);
    }

    private static String conforming(String type, String data) {
        assertThat(EventSchemas.violations(type, data))
                .as("test event must honour the contract")
                .isEmpty();
        return data;
    }
}
