package cn.chuanyu.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo users of the dev realm, read from the realm file itself so the summary never drifts from it. */
record DemoUsers(List<DemoUser> users) {

    record DemoUser(String username, String password, List<String> roles, String zone) {}

    static DemoUsers from(Path realmFile) throws IOException {
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : new ObjectMapper().readTree(realmFile.toFile()).path("users")) {
            JsonNode credentials = user.path("credentials");
            if (credentials.isEmpty()) {
                continue; // service accounts log in with client credentials, not a password
            }
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(r -> {
                if (!r.asText().startsWith("default-roles-")) {
                    roles.add(r.asText());
                }
            });
            JsonNode zone = user.path("attributes").path("zone").path(0);
            users.add(new DemoUser(
                    user.path("username").asText(),
                    credentials.path(0).path("value").asText(),
                    roles,
                    zone.isMissingNode() ? null : zone.asText()));
        }
        return new DemoUsers(users);
    }

    /** The secret of a confidential client of the dev realm (a demo credential), e.g. chuanyu-partner's. */
    static String clientSecret(Path realmFile, String clientId) throws IOException {
        for (JsonNode client : new ObjectMapper().readTree(realmFile.toFile()).path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText();
            }
        }
        throw new IOException("no client " + clientId + " in " + realmFile);
    }
}
