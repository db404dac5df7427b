package cn.chuanyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureCheckTest {

    private static final byte[] KEY = "a partner's 32-byte signing key!".getBytes(StandardCharsets.UTF_8);
    private static final String ID = "5f1c7a2e-0d43-4c1b-9a5e-3b7f2d8c6e01";
    private static final String BODY = "{\"intentId\":\"9b2e4c6a\",\"title\":\"有机电极材料成果转化\"}";

    @Test
    void aDeliverySignedWithTheSubscriptionsKeyPassesAndAnyChangeFails() throws Exception {
        long now = 1_765_000_000L;
        String signature = "v1," + sign(KEY, ID + "." + now + "." + BODY);

        assertThat(WebhookDeliveries.verified(KEY, ID, Long.toString(now), signature, BODY, now + 10))
                .isTrue();
        assertThat(WebhookDeliveries.verified(KEY, ID, Long.toString(now), "v1,bm90IGl0 " + signature, BODY, now))
                .as("one of several signatures matches (key rotation)")
                .isTrue();
        assertThat(WebhookDeliveries.verified(KEY, ID, Long.toString(now), signature, BODY + " ", now))
                .isFalse();
        assertThat(WebhookDeliveries.verified(KEY, "another-id", Long.toString(now), signature, BODY, now))
                .isFalse();
        assertThat(WebhookDeliveries.verified(
                        "another key of 32 bytes, not it".getBytes(StandardCharsets.UTF_8),
                        ID,
                        Long.toString(now),
                        signature,
                        BODY,
                        now))
                .isFalse();
        assertThat(WebhookDeliveries.verified(KEY, ID, Long.toString(now), signature, BODY, now + 301))
                .as("too old: a replay")
                .isFalse();
        assertThat(WebhookDeliveries.verified(KEY, ID, Long.toString(now), "v2," + signature.substring(3), BODY, now))
                .isFalse();
        assertThat(WebhookDeliveries.verified(KEY, ID, null, signature, BODY, now))
                .isFalse();
    }

    private static String sign(byte[] key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
