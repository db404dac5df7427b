package cn.chuanyu.launcher.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One try: a request to a write operation with exactly one thing wrong, and what the platform must answer.
 *
 * @param target the operation, its caller and the real values the request starts from
 * @param flaw what is wrong, e.g. "a number for a string" (the statistics group tries by it)
 * @param where which part of the request, e.g. "body title", "path id", "header Accept-Language"
 * @param shown the wrong value as a reader sees it
 * @param expected the answer required on top of "a 4xx problem, nothing changed"
 * @param field for {@link Expected#NAMES_FIELD}: the field {@code errors[]} must name
 */
record Attempt(
        Target target,
        String flaw,
        String where,
        String shown,
        Expected expected,
        String field,
        String pathAndQuery,
        Map<String, String> headers,
        byte[] body) {

    /** What a try must get on top of a 4xx problem and nothing stored or published. */
    enum Expected {
        /** 400 whose {@code errors[]} names the field. */
        NAMES_FIELD("400 naming %s"),
        BAD_REQUEST("400"),
        UNSUPPORTED_MEDIA_TYPE("415"),
        UNAUTHENTICATED("401"),
        /** Any 4xx. */
        REFUSED("a 4xx");

        private final String text;

        Expected(String text) {
            this.text = text;
        }

        String describe(String field) {
            return text.formatted(field);
        }
    }

    /** The request headers: the caller's token and a JSON content type, unless {@code overrides} says otherwise. */
    static Map<String, String> headers(Target target, boolean withBody, Map<String, String> overrides) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (target.token() != null) {
            headers.put("Authorization", "Bearer " + target.token());
        }
        if (withBody) {
            headers.put("Content-Type", target.operation().bodyType());
        }
        overrides.forEach((name, value) -> {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
        });
        return headers;
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    /** The statistics' and the survey's group: the flaw and where it was put, without the operation. */
    String kind() {
        return flaw;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(target)
                .append(" — ")
                .append(where)
                .append(": ")
                .append(flaw)
                .append(": ")
                .append(abbreviated(shown, 160));
        text.append("\n    request: ").append(target.method()).append(' ').append(abbreviated(pathAndQuery, 200));
        headers.forEach((name, value) -> {
            if (!name.equals("Authorization") || !value.equals("Bearer " + target.token())) {
                text.append("\n    ").append(name).append(": ").append(abbreviated(value, 120));
            }
        });
        if (body != null) {
            text.append("\n    body: ").append(abbreviated(bodyText(), 400));
        } else {
            text.append("\n    (no body)");
        }
        return text.toString();
    }

    static String abbreviated(String text, int max) {
        if (text == null) {
            return "null";
        }
        String printable = visible(text.length() <= max ? text : text.substring(0, max));
        return text.length() <= max ? printable : printable + "… (" + text.length() + " chars)";
    }

    /** Control characters, line breaks and lone surrogates shown as escapes, so a report stays one line. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (Character.isISOControl(c) || lone) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
