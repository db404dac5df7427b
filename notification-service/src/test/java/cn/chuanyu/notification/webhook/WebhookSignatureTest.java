package cn.chuanyu.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheStandardWebhooksSpecificationsExample() {
        // the example of the Standard Webhooks specification (standardwebhooks.com), secret, id, timestamp and body
        String signature = WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsA32ByteKeyWithThePrefix() throws Exception {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        String signature = WebhookSignature.sign(secret, "id-1", 1700000000L, "{\"标题\":\"川渝\"}");
        assertThat(StandardWebhooks.verify(secret, "id-1", "1700000000", "{\"标题\":\"川渝\"}", signature))
                .isTrue();
    }
}
