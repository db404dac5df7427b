package cn.chuanyu.launcher.fuzz;

import cn.chuanyu.launcher.EmbeddedPlatform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Drives every write operation (POST, PUT, PATCH, DELETE) of the gateway's merged OpenAPI document with invalid input
 * generated from the operation's own schema, as a caller the authorisation matrix allows (so requests get past
 * authorisation), against the real services of the shared embedded platform. For every try: never a 5xx, always an RFC
 * 9457 problem of a 4xx, and nothing changed: no row of any table of the conference, alliance and training databases
 * (outbox and inbox included, compared by row count and checksum) and no record on any Kafka topic.
 *
 * <p>Four properties, each cycling through the operations it applies to (every operation gets the same number of
 * tries): one wrong body value naming its field in {@code errors[]}; a wrong body shape; a parameter its schema
 * refuses; a hostile header. The seed is fixed (printed by jqwik with a falsified sample); {@code -Dfuzz.seed=...}
 * replays another, {@code -Dfuzz.tries=2} doubles the tries, {@code -Dfuzz.survey=true} runs every try without stopping
 * at the first failure and prints all failures grouped by kind (the properties still fail).
 */
@AddLifecycleHook(value = InvalidInputIT.Settings.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class InvalidInputIT {

    static final String DEFAULT_SEED = "151515";

    private static final Map<String, Integer> TRIES_PER_OPERATION =
            Map.of("bodyValue", 5, "bodyShape", 2, "parameter", 2, "header", 2);

    private static List<Target> targets;
    private static Flaws flaws;
    private static Fuzzer fuzzer;
    private static PlatformState state;
    private static long started;

    @BeforeContainer
    static void prepare() throws Exception {
        started = System.nanoTime();
        EmbeddedPlatform platform = SharedPlatform.platform();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> openapi = http.send(
                HttpRequest.newBuilder(SharedPlatform.gateway("/openapi"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (openapi.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi answered " + openapi.statusCode());
        }
        JsonNode root = new ObjectMapper().readTree(openapi.body());
        ApiDocument document = new ApiDocument(root);
        Identities identities = Identities.read(SharedPlatform.home(), platform.realmUrl(), http);
        DemoIds ids = new DemoIds(document, http);
        targets = new ArrayList<>();
        for (ApiDocument.Operation operation : document.writeOperations()) {
            Optional<String> role = identities.roleFor(operation.key());
            String token = role.isPresent() ? identities.token(role.get()) : null;
            Map<String, String> pathValues = ids.resolve(operation, token);
            JsonNode body = operation.hasJsonBody()
                    ? ids.realistic(document.sample(operation.bodySchema()), operation, pathValues, token)
                    : null;
            targets.add(new Target(
                    operation, role.orElse(null), token, pathValues, requiredQuery(document, operation), body));
        }
        flaws = new Flaws(document, openapi.body().contains("\"x-multi-line\""), identities.token("organiser"));
        state = new PlatformState(platform);
        fuzzer = new Fuzzer(http, state, Boolean.getBoolean("fuzz.survey"));
        System.out.printf(
                "InvalidInputIT: %d write operations (%d with a JSON body, %d with parameters); tables watched %s;"
                        + " seed %s; ready in %d ms%n",
                targets.size(),
                applicable("bodyShape").size(),
                applicable("parameter").size(),
                state.tablesPerDatabase(),
                seed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Values for required query parameters (none of today's write operations has one). */
    private static Map<String, String> requiredQuery(ApiDocument document, ApiDocument.Operation operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiDocument.Parameter p : operation.parameters("query")) {
            if (p.required()) {
                query.put(p.name(), document.sample(p.schema()).asText());
            }
        }
        return query;
    }

    @AfterContainer
    static void summary() {
        if (state != null) {
            state.close();
        }
        if (fuzzer == null) {
            return;
        }
        System.out.printf(
                "InvalidInputIT: %d write operations, %d ms in all%n",
                targets.size(), (System.nanoTime() - started) / 1_000_000);
    }

    // ---- the properties -----------------------------------------------------------------------------------------

    @Property(
            tries = 1, // set per run by Settings: TRIES_PER_OPERATION × operations
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED,
            shrinking = ShrinkingMode.BOUNDED)
    void aWrongBodyValueIsA400NamingTheFieldAndChangesNothing(@ForAll("bodyValue") Attempt attempt) throws Exception {
        run("bodyValue", attempt);
    }

    @Property(
            tries = 1,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED,
            shrinking = ShrinkingMode.BOUNDED)
    void aMissingMalformedOrMislabelledBodyIsRefusedAndChangesNothing(@ForAll("bodyShape") Attempt attempt)
            throws Exception {
        run("bodyShape", attempt);
    }

    @Property(
            tries = 1,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED,
            shrinking = ShrinkingMode.BOUNDED)
    void aParameterItsSchemaRefusesIsRefusedAndChangesNothing(@ForAll("parameter") Attempt attempt) throws Exception {
        run("parameter", attempt);
    }

    @Property(
            tries = 1,
            edgeCases = EdgeCasesMode.NONE,
            afterFailure = AfterFailureMode.RANDOM_SEED,
            shrinking = ShrinkingMode.BOUNDED)
    void aHostileHeaderIsRefusedAndChangesNothing(@ForAll("header") Attempt attempt) throws Exception {
        run("header", attempt);
    }

    private static void run(String property, Attempt attempt) throws Exception {
        Statistics.label("flaw").collect(attempt.flaw());
        fuzzer.check(property, attempt);
    }

    @Provide
    Arbitrary<Attempt> bodyValue() {
        return inTurn(applicable("bodyValue")).flatMap(flaws::bodyValue);
    }

    @Provide
    Arbitrary<Attempt> bodyShape() {
        return inTurn(applicable("bodyShape")).flatMap(flaws::bodyShape);
    }

    @Provide
    Arbitrary<Attempt> parameter() {
        return inTurn(applicable("parameter")).flatMap(flaws::parameter);
    }

    @Provide
    Arbitrary<Attempt> header() {
        return inTurn(applicable("header")).flatMap(flaws::header);
    }

    /** The operations a property applies to. */
    static List<Target> applicable(String property) {
        Predicate<Target> applies = switch (property) {
            case "bodyValue", "bodyShape" -> t -> t.operation().hasJsonBody();
            case "parameter" -> Flaws::hasParameters;
            default -> t -> true;
        };
        return targets.stream().filter(applies).toList();
    }

    /**
     * The operations one after another, in an order shuffled by the seed: every operation gets its turn before any gets
     * a second (a random pick would leave some untried). The operation itself does not shrink; its input does.
     */
    static <T> Arbitrary<T> inTurn(List<T> items) {
        return Arbitraries.fromGenerator(new RandomGenerator<T>() {
            private final Deque<T> deck = new ArrayDeque<>();

            @Override
            public Shrinkable<T> next(Random random) {
                if (deck.isEmpty()) {
                    List<T> shuffled = new ArrayList<>(items);
                    Collections.shuffle(shuffled, random);
                    deck.addAll(shuffled);
                }
                return Shrinkable.unshrinkable(deck.pop());
            }
        });
    }

    private static String propertyOf(String method) {
        return switch (method) {
            case "aWrongBodyValueIsA400NamingTheFieldAndChangesNothing" -> "bodyValue";
            case "aMissingMalformedOrMislabelledBodyIsRefusedAndChangesNothing" -> "bodyShape";
            case "aParameterItsSchemaRefusesIsRefusedAndChangesNothing" -> "parameter";
            default -> "header";
        };
    }

    static String seed() {
        return System.getProperty("fuzz.seed", DEFAULT_SEED);
    }

    /** Per property: tries = operations it applies to × tries per operation (× -Dfuzz.tries), and the fixed seed. */
    public static class Settings implements AroundPropertyHook {

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String name = propertyOf(context.targetMethod().getName());
            int scale = Integer.getInteger("fuzz.tries", 1);
            context.attributes().setTries(applicable(name).size() * TRIES_PER_OPERATION.get(name) * scale);
            context.attributes().setSeed(seed());
            long start = System.nanoTime();
            PropertyExecutionResult result = property.execute();
            System.out.printf(
                    "InvalidInputIT %s: %d operations, %d tries, %d ms, %s (seed %s)%n",
                    name,
                    applicable(name).size(),
                    result.countTries(),
                    (System.nanoTime() - start) / 1_000_000,
                    result.status(),
                    seed());
            Map<String, Set<String>> failures = fuzzer.failures(name);
            if (!failures.isEmpty()) { // survey mode
                StringBuilder report = new StringBuilder("Failures of " + name + ", by kind:");
                failures.forEach((kind, cases) -> {
                    report.append("\n  ")
                            .append(kind)
                            .append(" (")
                            .append(cases.size())
                            .append(")");
                    cases.forEach(c -> report.append("\n      ").append(c));
                });
                System.out.println(report);
                return result.mapToFailed(report.toString());
            }
            Set<String> untried = new TreeSet<>();
            applicable(name).forEach(t -> untried.add(t.key()));
            untried.removeAll(fuzzer.tried(name));
            if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL && !untried.isEmpty()) {
                return result.mapToFailed(name + " never tried " + untried);
            }
            return result;
        }
    }
}
