package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

/**
 * The assignment proposal end to end against a running conference-service: loads 500 papers × 150 experts with bids
 * ({@code sql/conference-assignment-500x150.sql}) into its database, then asks for a proposal (3 reviewers per paper,
 * at most 12 papers per expert) {@code runs} times over HTTP, and applies the last one. Each figure is the whole
 * request: loading the facts, the conflict rules, the flow, storing the proposal, the answer.
 *
 * <pre>
 * java -cp bench/target/bench.jar cn.chuanyu.bench.AssignmentAtScale JDBC_URL SERVICE_URL ORGANISER_TOKEN [runs]
 * </pre>
 *
 * The database user and password are the embedded platform's ({@code conference}/{@code conference}).
 */
public final class AssignmentAtScale {

    private static final String CONFERENCE = "b0000000-0000-0000-0000-000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AssignmentAtScale() {}

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String service = args[1];
        String token = args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "conference", "conference");
                Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            for (String sql : DataLoader.statements(resource())) {
                statement.execute(sql);
            }
            System.out.printf("loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long[] millis = new long[runs];
        JsonNode proposal = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(service + "/api/conference/assignment-proposals"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"conferenceId\": \"" + CONFERENCE
                                    + "\", \"reviewersPerPaper\": 3, \"maxPapersPerReviewer\": 12}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("proposal answered " + answer.statusCode() + ": " + answer.body());
            }
            proposal = JSON.readTree(answer.body());
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "proposal over HTTP: %d pairs, %d papers short, total score %d; first %d ms, median %d ms, max %d ms "
                        + "over %d runs %s%n",
                proposal.path("pairs").size(),
                proposal.path("unfilled").size(),
                proposal.path("totalScore").asInt(),
                millis[0],
                sorted[runs / 2],
                sorted[runs - 1],
                runs,
                Arrays.toString(millis));
        long start = System.nanoTime();
        HttpResponse<String> applied = http.send(
                HttpRequest.newBuilder(URI.create(service + "/api/conference/assignment-proposals/"
                                + proposal.path("id").asText() + "/application"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(300))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.printf("apply: %d in %d ms%n", applied.statusCode(), (System.nanoTime() - start) / 1_000_000);
    }

    private static String resource() throws Exception {
        try (var in = AssignmentAtScale.class.getResourceAsStream("/sql/conference-assignment-500x150.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
