package cn.chuanyu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every response a {@code @QuarkusTest} receives through RestAssured is checked against the application's own OpenAPI
 * document ({@code /q/openapi?format=json}, fetched once per application) by {@link OpenApiResponses}; a fault fails
 * the test at the call. {@link OpenApiValidationExtension} installs the check before each test of every module that has
 * this library on its test class path; nothing in the module needs to change.
 *
 * <p>Not checked: Quarkus's own endpoints ({@code /q/...}), and answers other than 2xx to requests the document has no
 * operation for (a 404 for an unknown path is not a contract fault; a success there is). A module switches the check
 * off with the system property {@value #ENABLED_PROPERTY}{@code =false} (e.g. in Surefire's systemPropertyVariables);
 * one test switches it off for some calls with {@link #unvalidated(Supplier)}.
 */
public final class OpenApiValidation {

    /** The system property that switches the check off for a test JVM ({@code false}). */
    public static final String ENABLED_PROPERTY = "chuanyu.test.openapi-validation";
    /** The path of the application's document (the default is Quarkus's). */
    public static final String PATH_PROPERTY = "chuanyu.test.openapi-path";

    private static final Map<String, OpenApiResponses> DOCUMENTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> SUSPENDED = ThreadLocal.withInitial(() -> false);
    private static final AtomicLong VALIDATED = new AtomicLong();
    private static final AtomicLong NOT_DOCUMENTED = new AtomicLong();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (VALIDATED.get() + NOT_DOCUMENTED.get() > 0) {
                                System.out.println(summary());
                            }
                        },
                        "openapi-validation-summary"));
    }

    private OpenApiValidation() {}

    /** Whether this JVM checks responses ({@value #ENABLED_PROPERTY} is not {@code false}). */
    public static boolean enabled() {
        return !"false"
                .equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true").trim());
    }

    /** Runs the calls without checking their responses (for a test that must break the contract on purpose). */
    public static <T> T unvalidated(Supplier<T> calls) {
        boolean before = SUSPENDED.get();
        SUSPENDED.set(true);
        try {
            return calls.get();
        } finally {
            SUSPENDED.set(before);
        }
    }

    /** Runs the calls without checking their responses. */
    public static void unvalidated(Runnable calls) {
        unvalidated(() -> {
            calls.run();
            return null;
        });
    }

    /** How many responses were checked against their operation, in this JVM. */
    public static long validated() {
        return VALIDATED.get();
    }

    /** One line: how many responses were checked, how many were answers to requests the document does not have. */
    public static String summary() {
        return "OpenAPI response validation: " + VALIDATED.get() + " responses validated against their operation, "
                + NOT_DOCUMENTED.get() + " non-2xx answers to requests the document has no operation for";
    }

    /**
     * Checks one response of the application at {@code origin} ({@code http://localhost:8081}); the key tells
     * applications on the same origin apart (e.g. a restarted application with another test profile).
     */
    static void check(String key, String origin, ObservedResponse response) {
        if (!enabled()
                || SUSPENDED.get()
                || response.path().equals("/q")
                || response.path().startsWith("/q/")) {
            return;
        }
        URI document = URI.create(origin + System.getProperty(PATH_PROPERTY, "/q/openapi") + "?format=json");
        validate(DOCUMENTS.computeIfAbsent(key + " " + origin, k -> fetch(document)), response);
    }

    /**
     * Checks one response against the document at {@code document} (e.g. the gateway's merged {@code /openapi}),
     * fetched once: for end-to-end tests that call a running platform with their own HTTP client. The same rules as for
     * {@code @QuarkusTest}s: no check while {@link #unvalidated(Supplier) suspended} or switched off.
     */
    public static void check(URI document, ObservedResponse response) {
        if (!enabled() || SUSPENDED.get()) {
            return;
        }
        validate(DOCUMENTS.computeIfAbsent(document.toString(), k -> fetch(document)), response);
    }

    /**
     * Fetches the document at {@code document} now, for {@link #check(URI, ObservedResponse)}: when it must be the one
     * served while everything is up (a test may later stop a part that contributes to it).
     */
    public static void preload(URI document) {
        DOCUMENTS.computeIfAbsent(document.toString(), k -> fetch(document));
    }

    private static void validate(OpenApiResponses document, ObservedResponse response) {
        OpenApiResponses.Check check = document.check(response);
        if (check.operation().isEmpty()) {
            if (response.status() / 100 != 2) {
                NOT_DOCUMENTED.incrementAndGet();
                return;
            }
            throw new AssertionError(OpenApiResponses.describe(
                    response,
                    List.of(new ResponseFault(
                            response.method() + " " + response.path(),
                            response.status(),
                            "",
                            "a success on a request the document has no operation for",
                            ""))));
        }
        VALIDATED.incrementAndGet();
        if (!check.faults().isEmpty()) {
            throw new AssertionError(OpenApiResponses.describe(response, check.faults()));
        }
    }

    private static OpenApiResponses fetch(URI uri) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("cannot fetch the OpenAPI document to validate responses against: GET " + uri
                        + " answered " + answer.statusCode() + " (switch the check off with -D" + ENABLED_PROPERTY
                        + "=false)");
            }
            return OpenApiResponses.of(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch the OpenAPI document " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + uri, e);
        }
    }
}
