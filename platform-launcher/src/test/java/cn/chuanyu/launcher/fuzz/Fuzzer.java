package cn.chuanyu.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends a try through the gateway and judges the answer: never a 5xx, always an RFC 9457 problem
 * ({@code application/problem+json} with {@code type}, {@code title} and the answer's {@code status}) of a 4xx, what
 * the try expects on top, and nothing changed: no row of any table of the three databases, no record on any topic.
 */
final class Fuzzer {

    /** The answer to a try: status -1 when the connection broke without one. */
    record Answer(int status, String contentType, String body, String error) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final PlatformState state;
    private final boolean survey;
    private PlatformState.Snapshot last;
    private boolean unsettled = true;

    /** Per property, the operations it tried. */
    private final Map<String, Set<String>> tried = new ConcurrentHashMap<>();
    /** Survey mode: per property, per kind of failure, the tries that showed it. */
    private final Map<String, Map<String, Set<String>>> failures = new TreeMap<>();

    Fuzzer(HttpClient http, PlatformState state, boolean survey) {
        this.http = http;
        this.state = state;
        this.survey = survey;
    }

    /** Runs one try of a property; throws an AssertionError describing what went wrong (unless surveying). */
    void check(String property, Attempt attempt) throws Exception {
        tried.computeIfAbsent(property, p -> new LinkedHashSet<>())
                .add(attempt.target().key());
        if (unsettled) {
            last = state.awaitQuiet(Duration.ofSeconds(15));
            unsettled = false;
        }
        PlatformState.Snapshot before = last;
        Answer answer = send(attempt);
        PlatformState.Snapshot after = state.capture();
        List<String> changes = PlatformState.differences(before, after);
        last = after;
        unsettled = !changes.isEmpty();
        List<String> wrong = judge(attempt, answer, changes);
        if (wrong.isEmpty()) {
            return;
        }
        if (survey) {
            synchronized (failures) {
                failures.computeIfAbsent(property, p -> new TreeMap<>())
                        .computeIfAbsent(
                                attempt.flaw() + " → " + String.join("; ", labels(wrong)), k -> new LinkedHashSet<>())
                        .add(attempt.target().key() + " " + attempt.where() + " = "
                                + Attempt.abbreviated(attempt.shown(), 60) + " ⇒ " + answer.status() + " "
                                + Attempt.abbreviated(answer.body(), 160));
            }
            return;
        }
        throw new AssertionError("%s%n  answer: %d %s %s%n  wrong: %s"
                .formatted(
                        attempt,
                        answer.status(),
                        answer.contentType(),
                        Attempt.abbreviated(answer.body() == null ? answer.error() : answer.body(), 600),
                        String.join("; ", wrong)));
    }

    private Answer send(Attempt attempt) throws Exception {
        for (int round = 0; ; round++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(SharedPlatform.gateway(attempt.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60));
            attempt.headers().forEach(request::header);
            request.method(
                    attempt.target().method(),
                    attempt.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return new Answer(-1, "", null, e.toString());
            }
            if (response.statusCode() == 429 && round < 20) { // the gateway's rate limit: wait, then again
                Thread.sleep(1000L
                        * Long.parseLong(
                                response.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("(none)"),
                    new String(response.body(), StandardCharsets.UTF_8),
                    null);
        }
    }

    /** What is wrong with the answer; each entry starts with a short label, details after a colon. */
    static List<String> judge(Attempt attempt, Answer answer, List<String> changes) {
        List<String> wrong = new ArrayList<>();
        int status = answer.status();
        if (status < 0) {
            wrong.add("no HTTP answer: " + answer.error());
        } else if (status >= 500) {
            wrong.add("a server error " + status);
        } else if (status < 400) {
            wrong.add("accepted with " + status);
        } else {
            String expectation = expectation(attempt, answer);
            if (expectation != null) {
                wrong.add(expectation);
            }
        }
        if (status >= 400) {
            String problem = problem(answer);
            if (problem != null) {
                wrong.add(problem);
            }
        }
        if (!changes.isEmpty()) {
            wrong.add("something changed: " + String.join(", ", changes));
        }
        return wrong;
    }

    private static String expectation(Attempt attempt, Answer answer) {
        int status = answer.status();
        return switch (attempt.expected()) {
            case REFUSED -> null;
            case BAD_REQUEST -> status == 400 ? null : "not 400 but " + status;
            case UNSUPPORTED_MEDIA_TYPE -> status == 415 ? null : "not 415 but " + status;
            case UNAUTHENTICATED -> status == 401 ? null : "not 401 but " + status;
            case NAMES_FIELD -> {
                if (status != 400) {
                    yield "not 400 but " + status + " (" + attempt.field() + " not named)";
                }
                List<String> named = new ArrayList<>();
                try {
                    JSON.readTree(answer.body())
                            .path("errors")
                            .forEach(e -> named.add(e.path("field").asText()));
                } catch (IOException e) {
                    // reported by the problem check
                }
                yield named.stream().anyMatch(field -> names(field, attempt.field()))
                        ? null
                        : "400 without naming the field: " + attempt.field() + " not in errors[] " + named;
            }
        };
    }

    /** Whether a problem's field names the broken one: the same path, or one inside the other. */
    static boolean names(String field, String broken) {
        String a = field.replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
        String b = broken.replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
        return a.equals(b)
                || a.startsWith(b + ".")
                || a.startsWith(b + "[")
                || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }

    /** Null when the answer is an RFC 9457 problem with type, title and its status; else what is missing. */
    private static String problem(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not a problem: Content-Type " + answer.contentType();
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "not a problem: the body is not JSON";
        }
        List<String> missing = new ArrayList<>();
        if (body == null
                || !body.path("type").isTextual()
                || body.path("type").asText().isBlank()) {
            missing.add("type");
        }
        if (body == null
                || !body.path("title").isTextual()
                || body.path("title").asText().isBlank()) {
            missing.add("title");
        }
        if (body == null || body.path("status").asInt() != answer.status()) {
            missing.add("status " + answer.status());
        }
        return missing.isEmpty() ? null : "a problem without " + String.join(", ", missing);
    }

    private static List<String> labels(List<String> wrong) {
        List<String> labels = new ArrayList<>();
        for (String w : wrong) {
            String label = w.replaceAll(":.*", "").replaceAll("\\(.*\\)", "").strip();
            labels.add(label.startsWith("something changed") ? "rows changed or events published" : label);
        }
        return labels;
    }

    Set<String> tried(String property) {
        return tried.getOrDefault(property, Set.of());
    }

    /** Survey mode: the failures of a property, grouped by kind. */
    Map<String, Set<String>> failures(String property) {
        synchronized (failures) {
            return failures.getOrDefault(property, Map.of());
        }
    }
}
