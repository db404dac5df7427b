package cn.chuanyu.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the service talks to besides PostgreSQL and Kafka, for every test class (one application boot): a real SMTP
 * server (GreenMail, injected into fields annotated {@link Mailbox}), and the part of Keycloak's admin REST API the
 * directory reads (token by client credentials, users by name, users of the role zone-officer), answering for a realm
 * where user {@code x} has the address {@code x@test.chuanyu.example}, a user whose name starts with {@code en-} reads
 * English, one starting with {@code nomail-} has no address, and the officers are officer-chengdu, officer-chongqing,
 * officer-deyang, en-officer-yongchuan, officer-luzhou, officer-zigong and officer-mianyang, each of the zone their
 * name ends with, and the secretariat's staff (role alliance-secretariat) secretariat-wang and en-secretariat-li. The
 * real Keycloak's side (the realm's service account may read users) is checked in platform-launcher's KeycloakServerIT.
 */
public class MailAndDirectory implements QuarkusTestResourceLifecycleManager {

    public static final String DOMAIN = "test.chuanyu.example";

    /** While set, the stand-in answers 503 to everything, as a Keycloak still starting does. */
    public static volatile boolean starting;

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Mailbox {}

    private GreenMail mail;
    private HttpServer keycloak;

    @Override
    public Map<String, String> start() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keycloak.createContext("/", this::answer);
        keycloak.start();
        return Map.of(
                "quarkus.mailer.port",
                Integer.toString(mail.getSmtp().getPort()),
                "chuanyu.notification.directory.keycloak-url",
                "http://127.0.0.1:" + keycloak.getAddress().getPort());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(mail, new TestInjector.AnnotatedAndMatchesType(Mailbox.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
        if (keycloak != null) {
            keycloak.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body;
        if (starting) {
            respond(exchange, 503, "{}");
            return;
        }
        if (path.equals("/realms/chuanyu/protocol/openid-connect/token")) {
            body = "{\"access_token\": \"directory-token\", \"expires_in\": 300}";
        } else if (!"Bearer directory-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{}");
            return;
        } else if (path.equals("/admin/realms/chuanyu/users")) {
            body = "[" + user(parameter(query, "username")) + "]";
        } else if (path.equals("/admin/realms/chuanyu/roles/alliance-secretariat/users")) {
            body = "[" + user("secretariat-wang") + "," + user("en-secretariat-li") + "]";
        } else if (path.equals("/admin/realms/chuanyu/roles/zone-officer/users")) {
            body = "["
                    + String.join(
                            ",",
                            officer("officer-chengdu", "chengdu"),
                            officer("officer-chongqing", "chongqing"),
                            officer("officer-deyang", "deyang"),
                            officer("en-officer-yongchuan", "yongchuan"),
                            officer("officer-luzhou", "luzhou"),
                            officer("officer-zigong", "zigong"),
                            officer("officer-mianyang", "mianyang"))
                    + "]";
        } else {
            respond(exchange, 404, "{}");
            return;
        }
        respond(exchange, 200, body);
    }

    private static String user(String username) {
        String email = username.startsWith("nomail-") ? "null" : "\"" + username + "@" + DOMAIN + "\"";
        String locale = username.startsWith("en-") ? "en" : "zh-CN";
        String template = """
                {"username": "%s", "email": %s, "emailVerified": true, "attributes": {"locale": ["%s"]}}""";
        return template.formatted(username, email, locale);
    }

    private static String officer(String username, String zone) {
        String template = """
                {"username": "%s", "email": "%s@%s", "attributes": {"zone": ["%s"]}}""";
        return template.formatted(username, username, DOMAIN, zone);
    }

    private static String parameter(String query, String name) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
