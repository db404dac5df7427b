package cn.chuanyu.training.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The self check-in of one session: a secret from which the code shown by the instructor is computed for each 30-second
 * step (HMAC-SHA256 of the session id and the step, truncated to 6 digits as HOTP does), and the join token of an
 * online session. A code is accepted during its step and the next, so one read off the screen just before it changes
 * still works; a photo of it shared later does not.
 */
@Entity
@Table(name = "session_check_in")
public class SessionCheckIn extends PanacheEntityBase {

    static final int STEP_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    public byte[] secret;

    @Column(name = "join_token")
    public String joinToken;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the window was closed and those not checked in recorded absent; null while open. */
    @Column(name = "closed_at")
    public Instant closedAt;

    static SessionCheckIn create(UUID sessionId, Instant now) {
        var checkIn = new SessionCheckIn();
        checkIn.sessionId = sessionId;
        checkIn.secret = new byte[32];
        RANDOM.nextBytes(checkIn.secret);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        checkIn.joinToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        checkIn.createdAt = now;
        return checkIn;
    }

    static long step(Instant at) {
        return at.getEpochSecond() / STEP_SECONDS;
    }

    /** The code of the step {@code at} falls in. */
    String codeAt(Instant at) {
        return code(step(at));
    }

    /** Whether the code is the one of the current step or of the one before. */
    boolean accepts(String code, Instant now) {
        long step = step(now);
        return matches(code(step), code) || matches(code(step - 1), code);
    }

    boolean acceptsJoinToken(String token) {
        return matches(joinToken, token);
    }

    private String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((sessionId + ":").getBytes(StandardCharsets.US_ASCII));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            // RFC 4226 dynamic truncation
            int offset = hash[hash.length - 1] & 0x0f;
            int value = (hash[offset] & 0x7f) << 24
                    | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8
                    | hash[offset + 3] & 0xff;
            return "%06d".formatted(value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
