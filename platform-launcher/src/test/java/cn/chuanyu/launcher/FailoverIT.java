package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on one machine: the platform with two instances of each service ({@code --instances=2}), one of each killed
 * (SIGKILL, as a crash) under steady writes through the gateway. Only requests in flight at the moment may fail, and as
 * problems; every accepted write's event is applied once (nothing lost, nothing twice); the surviving instance of each
 * consuming service holds all its group's partitions within 10 s.
 */
class FailoverIT {

    private static final int WORKERS = 4;
    /** The consumer groups of the services that consume events (conference-service consumes none). */
    private static final List<String> GROUPS = List.of("alliance-service", "training-service", "notification-service");

    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startTwoOfEach() throws Exception {
        Path home = Path.of(System.getProperty("chuanyu.home", ".."))
                .toAbsolutePath()
                .normalize();
        platform = EmbeddedPlatform.start(new LaunchOptions(
                home,
                Files.createTempDirectory("chuanyu-failover-"),
                Path.of("target/keycloak-cache").toAbsolutePath(),
                false,
                Map.of(),
                2));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void whenOneInstanceOfEachServiceCrashesUnderLoadOnlyInFlightRequestsFailAndEveryEventIsAppliedOnce()
            throws Exception {
        String token = PlatformUnderTest.requestToken(
                platform.realmUrl(),
                Map.of(
                        "grant_type", "password",
                        "client_id", "chuanyu-web",
                        "username", "fancong",
                        "password", "fancong-pass"));
        try (Admin admin = Admin.create(platform.kafkaAdminConfig())) {
            // both instances of each consuming service have joined their group (one member per channel each) and
            // share its partitions
            Map<String, Integer> partitions = new HashMap<>();
            Map<String, Integer> members = new HashMap<>();
            for (String group : GROUPS) {
                members.put(group, settledMembers(admin, group));
                partitions.put(group, assigned(describe(admin, group)));
            }

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService load = Executors.newFixedThreadPool(WORKERS);
            for (int w = 0; w < WORKERS; w++) {
                load.submit(() -> {
                    while (running.get()) {
                        try {
                            write(token, sequence.incrementAndGet(), created, failures);
                        } catch (IOException noAnswer) {
                            // e.g. a request the gateway left hanging past the client's timeout: a failure too
                            failures.add("no answer: " + noAnswer);
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(3_000);
            long killedAt = System.nanoTime();
            for (String service : LaunchOptions.SERVICES) {
                platform.kill(LaunchOptions.instance(service, 2));
            }
            // the survivor of each group holds all of the group's partitions
            for (String group : GROUPS) {
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> {
                            ConsumerGroupDescription d = describe(admin, group);
                            return d.members().size() == members.get(group) / 2 && assigned(d) == partitions.get(group);
                        });
                long tookMillis = (System.nanoTime() - killedAt) / 1_000_000;
                System.out.printf(
                        "%s: the surviving instance holds all %d partitions %d ms after the crash%n",
                        group, partitions.get(group), tookMillis);
                assertThat(tookMillis).as(group + " takeover").isLessThan(10_000);
            }
            Thread.sleep(3_000);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            System.out.printf("%d writes accepted, %d failed: %s%n", created.size(), failures.size(), failures);
            assertThat(created).hasSizeGreaterThan(20);
            // only the requests in flight when their instance died: at most one per worker and killed service
            assertThat(failures).hasSizeLessThanOrEqualTo(WORKERS);
            assertThat(failures).allSatisfy(f -> assertThat(f).contains("application/problem+json"));

            // every accepted intent reached the alliance board, once
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        Map<String, Integer> onBoard = offersBySource();
                        for (String link : created) {
                            assertThat(onBoard.getOrDefault(link, 0)).as(link).isEqualTo(1);
                        }
                    });
        }
    }

    private static void write(
            String token, int n, ConcurrentLinkedQueue<String> created, ConcurrentLinkedQueue<String> failures)
            throws Exception {
        HttpResponse<String> answer = PlatformUnderTest.HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.url(LaunchOptions.GATEWAY) + "/api/conference/intents"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind": "OFFER", "title": "故障切换演练 %d",
                                 "summary": "两个实例之一崩溃时，网关与事件仍然可靠。",
                                 "disciplines": ["计算机科学"], "keywords": ["高可用"],
                                 "partnerTypesSought": ["ENTERPRISE"], "regionsSought": ["CHONGQING"],
                                 "institution": "电子科技大学"}""".formatted(n)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201) {
            created.add("/api/conference/intents/"
                    + PlatformUnderTest.JSON.readTree(answer.body()).get("id").asText());
        } else {
            failures.add(answer.statusCode() + " "
                    + answer.headers().firstValue("Content-Type").orElse("-") + " " + answer.body());
        }
    }

    /** How many offers on the alliance board come from each source link. */
    private static Map<String, Integer> offersBySource() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> answer = PlatformUnderTest.HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    platform.url(LaunchOptions.GATEWAY) + "/api/alliance/offers?size=100&page=" + page))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode items = PlatformUnderTest.JSON.readTree(answer.body()).get("items");
            if (items.isEmpty()) {
                return counts;
            }
            for (JsonNode offer : items) {
                counts.merge(offer.get("sourceLink").asText(), 1, Integer::sum);
            }
        }
    }

    /** The group's member count once it is stable and has not changed for three seconds: both instances are in. */
    private static int settledMembers(Admin admin, String group) throws Exception {
        AtomicInteger last = new AtomicInteger(-1);
        AtomicInteger unchanged = new AtomicInteger();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    ConsumerGroupDescription d = describe(admin, group);
                    int count = d.members().size();
                    boolean same = count == last.getAndSet(count) && d.groupState() == GroupState.STABLE;
                    if (!same) {
                        unchanged.set(0);
                        return false;
                    }
                    return count > 0 && count % 2 == 0 && unchanged.incrementAndGet() >= 3;
                });
        return last.get();
    }

    private static ConsumerGroupDescription describe(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
    }

    private static int assigned(ConsumerGroupDescription group) {
        List<Object> partitions = new ArrayList<>();
        for (MemberDescription member : group.members()) {
            partitions.addAll(member.assignment().topicPartitions());
        }
        return partitions.size();
    }
}
