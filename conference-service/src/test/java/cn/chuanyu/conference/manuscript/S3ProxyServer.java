package cn.chuanyu.conference.manuscript;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the S3 store's tests: S3Proxy (in-memory "transient" backend, AWS signature v4),
 * started as a JVM of its own from the self-contained jar the build copies to {@code target/s3proxy/} (inside the test
 * JVM its Guice and Jetty clash with Quarkus' class path), on a free loopback port, with the bucket created; it is
 * stopped with the tests that use it.
 */
public class S3ProxyServer implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "chuanyu-manuscripts";
    static final String ACCESS_KEY = "chuanyu-test";
    static final String SECRET_KEY = "chuanyu-test-secret";
    static final String REGION = "us-east-1";

    private static final Path DIRECTORY = Path.of("target", "s3proxy");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private Process process;

    @Override
    public Map<String, String> start() {
        Path jar = DIRECTORY.resolve("s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it (maven-dependency-plugin, "
                    + "generate-test-resources); run the tests through Maven");
        }
        URI endpoint = URI.create("http://127.0.0.1:" + freePort());
        try {
            Path properties = DIRECTORY.resolve("s3proxy.properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            List.of(
                                    "s3proxy.endpoint=" + endpoint,
                                    "s3proxy.authorization=aws-v2-or-v4",
                                    "s3proxy.identity=" + ACCESS_KEY,
                                    "s3proxy.credential=" + SECRET_KEY,
                                    "jclouds.provider=transient",
                                    "jclouds.identity=unused",
                                    "jclouds.credential=unused")));
            process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            jar.toString(),
                            "--properties",
                            properties.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(DIRECTORY.resolve("s3proxy.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (S3Client s3 = client(endpoint)) {
            createBucketOnceUp(s3);
        }
        return Map.of(
                "chuanyu.conference.manuscripts.store", "s3",
                "chuanyu.conference.manuscripts.s3.endpoint", endpoint.toString(),
                "chuanyu.conference.manuscripts.s3.region", REGION,
                "chuanyu.conference.manuscripts.s3.bucket", BUCKET,
                "chuanyu.conference.manuscripts.s3.access-key-id", ACCESS_KEY,
                "chuanyu.conference.manuscripts.s3.secret-access-key", SECRET_KEY);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A client of the tests' own, independent of the service's. */
    static S3Client client(URI endpoint) {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private void createBucketOnceUp(S3Client s3) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            try {
                s3.createBucket(create -> create.bucket(BUCKET));
                return;
            } catch (SdkClientException notYetListening) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    stop();
                    throw new IllegalStateException(
                            "S3Proxy did not start; see " + DIRECTORY.resolve("s3proxy.log"), notYetListening);
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
