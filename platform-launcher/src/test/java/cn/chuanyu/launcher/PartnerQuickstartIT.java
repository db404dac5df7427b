package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner quickstart (partner-quickstart/, Node.js with kafkajs, the cloudevents SDK and Ajv from npm, pinned by
 * its lock file) runs as a partner would run it against the embedded platform: a realm token, Kafka with
 * SASL/OAUTHBEARER, every record a valid CloudEvent whose data conforms to its published schema. Needs Node.js 20+ and
 * npm (installed by run-tests).
 */
class PartnerQuickstartIT {

    private static Path quickstart;

    @BeforeAll
    static void installTheQuickstart() throws Exception {
        PlatformUnderTest.platform();
        quickstart = Path.of(System.getProperty("chuanyu.home", ".."))
                .toAbsolutePath()
                .normalize()
                .resolve("partner-quickstart");
        Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), 300);
        assertThat(install.exit()).as("npm ci: " + install.output()).isZero();
    }

    @Test
    void theQuickstartReadsTheGrantedTopicsAndEveryEventConformsToItsSchema() throws Exception {
        Result run = consume("chuanyu-partner.quickstart-it-" + System.nanoTime());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("valid chuanyu.")
                .doesNotContain("INVALID")
                .contains(", 0 invalid");
    }

    @Test
    void theQuickstartWithAGroupOutsideItsPrefixIsRefused() throws Exception {
        Result run = consume("alliance-service");
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).containsIgnoringCase("authoriz");
    }

    private record Result(int exit, String output) {}

    /** Runs the quickstart as a partner would, in the consumer group given, until it has been idle for 3 s. */
    private static Result consume(String group) throws Exception {
        EmbeddedPlatform platform = PlatformUnderTest.platform();
        return run(
                List.of("node", "consume.mjs"),
                Map.of(
                        "CHUANYU_TOKEN_URL",
                        platform.realmUrl() + "/protocol/openid-connect/token",
                        "CHUANYU_KAFKA_BROKERS",
                        platform.kafkaBootstrapServers(),
                        "CHUANYU_GROUP",
                        group,
                        "CHUANYU_IDLE_MS",
                        "3000"),
                180);
    }

    private static Result run(List<String> command, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("partner-quickstart-", ".log");
        var builder = new ProcessBuilder(command)
                .directory(quickstart.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new Result(-1, "timed out after " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
