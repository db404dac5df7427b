package cn.chuanyu.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Collaboration intents of kind OFFER by the researcher 樊聪, each distinct, naming one keyword: the write whose event
 * notification-service turns into notifications (zone officers of demands sharing a term) and webhook deliveries.
 */
final class Offers {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Offers() {}

    static Supplier<Call> posts(String baseUrl, String researcherToken, String keyword, String label) {
        return () -> {
            long n = SEQUENCE.incrementAndGet();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "OFFER");
            body.put("title", "有机电极材料成果转化（" + label + n + "）");
            body.put("summary", "希望与园区企业就" + keyword + "开展产学研合作，推动成果从实验室走向市场。");
            body.put("disciplines", List.of("化学"));
            body.put("keywords", List.of(keyword, "成渝协同"));
            body.put("partnerTypesSought", List.of("ENTERPRISE"));
            body.put("regionsSought", List.of("SICHUAN", "CHONGQING"));
            body.put("institution", "电子科技大学");
            try {
                return Call.post(
                        baseUrl + "/api/conference/intents", researcherToken, Rest.JSON.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
