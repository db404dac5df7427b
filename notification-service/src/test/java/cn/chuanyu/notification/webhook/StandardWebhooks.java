package cn.chuanyu.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification (not from the service's code):
 * the secret's base64 after {@code whsec_} is the HMAC-SHA256 key; the signed content is {@code id.timestamp.body}; the
 * header holds space-separated {@code v1,<base64>} signatures, one of which must match.
 */
final class StandardWebhooks {

    private StandardWebhooks() {}

    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatureHeader.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2
                    && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }
}
