package cn.chuanyu.notification.preference;

import cn.chuanyu.notification.kernel.NotificationConfig;
import cn.chuanyu.notification.rule.Category;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an e-mail's unsubscribe link: who and which category, signed (HMAC-SHA256) so that nobody can opt
 * someone else out. It does not expire: a link in an old e-mail still works.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;

    UnsubscribeTokens(NotificationConfig config) {
        this.key = config.unsubscribeKey().getBytes(StandardCharsets.UTF_8);
    }

    public record Opt(String subject, Category category) {}

    public String token(String subject, Category category) {
        String payload = ENCODER.encodeToString((category.name() + ":" + subject).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** Who and what the token names; 400 if it is not one this service signed. */
    public Opt read(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw invalid();
        }
        String text = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        try {
            return new Opt(text.substring(colon + 1), Category.valueOf(text.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(Status.BAD_REQUEST, "invalid-unsubscribe-token", "invalid-unsubscribe-token");
    }
}
