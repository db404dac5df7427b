package cn.chuanyu.web;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in a listing ordered by (instant descending, id): the last item a client saw. Opaque to clients
 * (URL-safe Base64 of the instant's microseconds and the id).
 */
public record Cursor(Instant at, UUID id) {

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(24);
        bytes.putLong(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The cursor a client sent, or null for the first page; a malformed one is a 400 problem. */
    public static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(text);
            if (raw.length != 24) {
                throw new IllegalArgumentException("length " + raw.length);
            }
            ByteBuffer bytes = ByteBuffer.wrap(raw);
            long micros = bytes.getLong();
            return new Cursor(
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000),
                    new UUID(bytes.getLong(), bytes.getLong()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "invalid-cursor", "invalid-cursor");
        }
    }
}
