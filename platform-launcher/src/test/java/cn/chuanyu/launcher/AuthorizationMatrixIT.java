package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the gateway's aggregated OpenAPI document and calls it through the gateway with no token and
 * with a real Keycloak token of every realm role, checking each answer against {@code deploy/authorization-matrix.txt}:
 * no token 401, a role not in the row 403, a role in the row past the checks (not 401/403, no server error; a
 * collection read answers 2xx). Path parameters are placeholders, so an allowed call may well end in 400 or 404: that
 * proves the role got through.
 */
class AuthorizationMatrixIT {

    private static final String ANONYMOUS = "(no token)";

    private static AuthorizationMatrix matrix;
    private static Set<String> realmRoles;
    /**
     * Per realm role, who plays it: the first demo user of the realm file holding it, the partner client for partner.
     */
    private static Map<String, String> identityOfRole;

    private static JsonNode document;

    @BeforeAll
    static void readTheMatrixTheRealmAndTheDocument() throws Exception {
        Path home = Path.of(System.getProperty("chuanyu.home", ".."))
                .toAbsolutePath()
                .normalize();
        matrix = AuthorizationMatrix.read(home.resolve("deploy/authorization-matrix.txt"));
        realmRoles = new TreeSet<>();
        PlatformUnderTest.JSON
                .readTree(Files.readString(home.resolve("deploy/keycloak/chuanyu-realm.json")))
                .path("roles")
                .path("realm")
                .forEach(role -> {
                    if (!role.path("name").asText().startsWith("default-roles-")) {
                        realmRoles.add(role.path("name").asText());
                    }
                });
        identityOfRole = new TreeMap<>(Map.of("partner", PlatformUnderTest.PARTNER));
        for (DemoUsers.DemoUser user : DemoUsers.from(home.resolve("deploy/keycloak/chuanyu-realm.json"))
                .users()) {
            user.roles().forEach(role -> identityOfRole.putIfAbsent(role, user.username()));
        }
        HttpResponse<String> openapi =
                PlatformUnderTest.send(HttpRequest.newBuilder(PlatformUnderTest.gateway("/openapi")));
        assertThat(openapi.statusCode()).isEqualTo(200);
        document = PlatformUnderTest.json(openapi);
    }

    @Test
    void theMatrixCoversExactlyTheDocumentsOperationsAndNamesOnlyRealmRoles() {
        Set<String> documented = new TreeSet<>();
        operations().forEach(op -> documented.add(op.key()));
        assertThat(matrix.operations())
                .as("rows of the matrix vs operations of GET /openapi")
                .containsExactlyInAnyOrderElementsOf(documented);
        assertThat(identityOfRole.keySet())
                .as("every realm role has a demo user (or client) to play it")
                .containsExactlyInAnyOrderElementsOf(realmRoles);
        assertThat(realmRoles).containsAll(matrix.rolesNamed());
    }

    @Test
    void theDocumentMarksExactlyTheOperationsThatNeedATokenAsSecured() {
        List<String> disagreements = new ArrayList<>();
        for (Operation op : operations()) {
            boolean secured = op.node().path("security").size() > 0;
            if (secured == matrix.who(op.key()).isPublic()) {
                disagreements.add(op.key()
                        + (secured
                                ? " is secured in the document but public in the matrix"
                                : " is public in the document but needs a token in the matrix"));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void everyOperationAnswersEveryRoleAndNoTokenAsTheMatrixSays() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(ANONYMOUS, null);
        for (Map.Entry<String, String> role : identityOfRole.entrySet()) {
            tokens.put(role.getKey(), PlatformUnderTest.token(role.getValue()));
        }
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation op : operations()) {
            AuthorizationMatrix.Who who = matrix.who(op.key());
            if (who == null) {
                continue; // reported by the coverage test
            }
            for (Map.Entry<String, String> identity : tokens.entrySet()) {
                HttpResponse<String> answer = call(op, identity.getValue());
                calls++;
                String problem = judge(op, who, identity.getKey(), answer.statusCode());
                if (problem != null) {
                    wrong.add("%s as %s: %d %s — %s"
                            .formatted(
                                    op.key(),
                                    identity.getKey(),
                                    answer.statusCode(),
                                    problem,
                                    abbreviated(answer.body())));
                }
            }
        }
        System.out.printf(
                "Authorisation matrix: %d operations × %d identities = %d calls through the gateway%n",
                operations().size(), tokens.size(), calls);
        assertThat(wrong)
                .as("answers that disagree with deploy/authorization-matrix.txt")
                .isEmpty();
        assertThat(calls).isEqualTo(operations().size() * tokens.size());
    }

    private static String judge(Operation op, AuthorizationMatrix.Who who, String identity, int status) {
        boolean anonymous = ANONYMOUS.equals(identity);
        if (!who.isPublic() && anonymous) {
            return status == 401 ? null : "expected 401 without a token";
        }
        if (!who.isPublic() && !who.allows(identity)) {
            return status == 403 ? null : "expected 403 for role " + identity;
        }
        if (status == 401 || status == 403) {
            return "expected to get past authorisation";
        }
        if (status >= 500) {
            return "a server error";
        }
        if (op.isCollectionRead() && (status < 200 || status >= 300)) {
            return "expected a 2xx for a collection read";
        }
        return null;
    }

    /** Calls the operation with placeholder parameters, waiting out the gateway's rate limit if it answers 429. */
    private static HttpResponse<String> call(Operation op, String token) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(PlatformUnderTest.gateway(op.samplePath()));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            String body = op.sampleBody();
            if (body == null) {
                request.method(op.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", op.bodyType())
                        .method(op.method(), HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> answer = PlatformUnderTest.send(request);
            if (answer.statusCode() != 429 || attempt == 10) {
                return answer;
            }
            Thread.sleep(1000L
                    * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(
                            method.toUpperCase(),
                            path.getKey(),
                            path.getValue().get(method),
                            path.getValue().path("parameters")));
                }
            }
        }
        return operations;
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** One operation of the document, and a request for it with placeholder values. */
    private record Operation(String method, String path, JsonNode node, JsonNode pathLevelParameters) {

        String key() {
            return method + " " + path;
        }

        boolean isCollectionRead() {
            return "GET".equals(method) && !path.contains("{");
        }

        String samplePath() {
            String sample = path;
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : parameters()) {
                String value = sampleValue(parameter.path("schema"));
                switch (parameter.path("in").asText()) {
                    case "path" ->
                        sample = sample.replace(
                                "{" + parameter.path("name").asText() + "}",
                                URLEncoder.encode(value, StandardCharsets.UTF_8));
                    case "query" -> {
                        if (parameter.path("required").asBoolean()) {
                            query.add(parameter.path("name").asText() + "="
                                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
                        }
                    }
                    default -> {}
                }
            }
            return query.isEmpty() ? sample : sample + "?" + String.join("&", query);
        }

        String bodyType() {
            Iterator<String> types = node.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : "application/json";
        }

        /** An empty JSON object for a JSON body (invalid: the call may fail validation, after authorisation). */
        String sampleBody() {
            if (!node.has("requestBody")) {
                return "POST".equals(method) || "PUT".equals(method) ? "" : null;
            }
            return bodyType().contains("json") ? "{}" : "x";
        }

        private List<JsonNode> parameters() {
            List<JsonNode> all = new ArrayList<>();
            pathLevelParameters.forEach(all::add);
            node.path("parameters").forEach(all::add);
            return all;
        }

        private static String sampleValue(JsonNode schema) {
            if (schema.has("$ref")) { // "#/components/schemas/Region"
                return sampleValue(document.at(schema.path("$ref").asText().substring(1)));
            }
            if (schema.has("enum")) {
                return schema.path("enum").get(0).asText();
            }
            if ("uuid".equals(schema.path("format").asText())) {
                return UUID.randomUUID().toString();
            }
            return switch (schema.path("type").asText()) {
                case "integer", "number" ->
                    schema.has("minimum") ? schema.path("minimum").asText() : "1";
                case "boolean" -> "true";
                default -> "sample";
            };
        }
    }
}
