package cn.chuanyu.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the platform's Quarkus applications, run from its packaged jar as a child process. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final ProcessBuilder builder;
    private final StartupArchive archive;
    private Process process;

    private ServiceProcess(
            String name, int port, int managementPort, Path log, ProcessBuilder builder, StartupArchive archive) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.builder = builder;
        this.archive = archive;
    }

    /**
     * Prepares {@code <home>/<module>/target/quarkus-app/quarkus-run.jar} as the process {@code name} (its log is
     * {@code <name>.log}) with the given environment, its public interface on {@code port} and its management interface
     * (health, metrics) on {@code managementPort}; {@link #launch()} starts it. Its classes come from its
     * {@link StartupArchive} in {@code archives} when an earlier run kept one; otherwise this run records it if
     * {@code mayRecord} (one process per application).
     */
    static ServiceProcess prepare(
            Path home,
            String module,
            String name,
            int port,
            int managementPort,
            Map<String, String> environment,
            Path logDirectory,
            List<String> jvmOptions,
            Path archives,
            boolean mayRecord)
            throws IOException {
        Path jar = home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        StartupArchive archive = StartupArchive.of(archives, module, jar.getParent());
        command.addAll(archive.jvmOptions(mayRecord));
        command.add("-Djava.util.logging.manager=LogManager");
        command.add("-jar");
        command.add(jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // glibc gives each thread that allocates its own malloc arena (up to 8 per core), which a JVM with
        // many threads fills with fragments: resident memory that no JVM tool accounts for. Two are plenty.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        return new ServiceProcess(name, port, managementPort, log, builder, archive);
    }

    /** Starts the prepared process. */
    ServiceProcess launch() throws IOException {
        process = builder.start();
        return this;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface's base URL: {@code /q/health/...} and {@code /q/metrics} are below it. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * Waits until the service answers its readiness check on the management port with 200 (database, migrations, Kafka
     * all up) and its public port takes connections. The management interface starts first, so readiness alone does not
     * prove the public port was bound: a service whose public port is taken reports ready, then exits.
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && publicPortOpen()
                        && process.isAlive()) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    private boolean publicPortOpen() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    /** Starts the application again after {@link #close()}, on the same port, its log appended to. */
    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        process = builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** SIGKILL, as a crash: no graceful shutdown. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        archive.forget();
    }

    /**
     * SIGTERM, so Quarkus shuts down gracefully (the outbox relay finishes its round) and the JVM writes the startup
     * archive it recorded; SIGKILL if it hangs.
     */
    @Override
    public void close() throws InterruptedException {
        stop();
        awaitStopped();
    }

    /** Sends SIGTERM; {@link #awaitStopped()} waits for the exit, so that several applications can stop at once. */
    void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    void awaitStopped() throws InterruptedException {
        if (process == null) {
            return; // never launched
        }
        // writing a recorded archive (on JDK 25 assembling the cache in a child JVM) takes a while on a busy machine
        if (process.waitFor(90, TimeUnit.SECONDS)) {
            archive.keepRecorded();
        } else {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            archive.forget();
        }
    }
}
