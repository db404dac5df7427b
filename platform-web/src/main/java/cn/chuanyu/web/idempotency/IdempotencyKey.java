package cn.chuanyu.web.idempotency;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * The value of an {@code Idempotency-Key} header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a
 * structured-field String ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}, RFC 8941), or, as many clients send it, the
 * same characters without the quotes. At most {@value #MAX_LENGTH} characters, so that it fits its column.
 */
final class IdempotencyKey {

    static final int MAX_LENGTH = 255;

    private IdempotencyKey() {}

    /** The key in the header's values; a 400 problem if there is more than one or it is malformed. */
    static String parse(List<String> values) {
        if (values.size() != 1) {
            throw malformed();
        }
        String value = values.get(0).strip();
        String key = value.startsWith("\"") ? unquote(value) : bare(value);
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw malformed();
        }
        return key;
    }

    /** An sf-string: printable ASCII between quotes, with {@code \"} and {@code \\} the only escapes. */
    private static String unquote(String value) {
        StringBuilder key = new StringBuilder();
        int last = value.length() - 1;
        if (last < 1 || value.charAt(last) != '"') {
            throw malformed();
        }
        for (int i = 1; i < last; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (++i == last || value.charAt(i) != '"' && value.charAt(i) != '\\') {
                    throw malformed();
                }
                c = value.charAt(i);
            } else if (c == '"' || c < 0x20 || c > 0x7e) {
                throw malformed();
            }
            key.append(c);
        }
        return key.toString();
    }

    /** Unquoted: visible ASCII, nothing a structured field would read differently (quotes, backslash, comma). */
    private static String bare(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c > 0x7e || c == '"' || c == '\\' || c == ',') {
                throw malformed();
            }
        }
        return value;
    }

    private static ProblemException malformed() {
        return new ProblemException(Status.BAD_REQUEST, "invalid-idempotency-key", "invalid-idempotency-key");
    }
}
