package cn.chuanyu.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak, run from the {@code keycloak-quarkus-dist} archive that Maven fetched into the local repository (the
 * launcher's pom depends on it), in dev mode on 127.0.0.1 with the project's realm imported.
 */
final class KeycloakServer implements AutoCloseable {

    static final String VERSION = "26.5.6";
    static final String REALM = "chuanyu";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int httpPort;
    private final int managementPort;
    private final Path log;
    private final Process process;
    private final StartupArchive archive;

    private KeycloakServer(int httpPort, int managementPort, Path log, Process process, StartupArchive archive) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.archive = archive;
    }

    /** The distribution archive in the local Maven repository. */
    static Path distribution() {
        String configured = System.getProperty("maven.repo.local");
        Path repository = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path archive = repository
                .resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION)
                .resolve("keycloak-quarkus-dist-" + VERSION + ".tar.gz");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(archive + " is missing: fetch it with ./mvnw -q install -DskipTests");
        }
        return archive;
    }

    /**
     * Unpacks the distribution into {@code cacheDirectory} unless an earlier run did (Keycloak's own build step is then
     * cached there too, which makes the second start fast), and starts it with {@code realmFile} to import.
     */
    static KeycloakServer start(Path cacheDirectory, int httpPort, int managementPort, Path realmFile, Path logFile)
            throws IOException, InterruptedException {
        Path home = unpacked(cacheDirectory);
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        var builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + httpPort,
                        "--http-management-port=" + managementPort,
                        // one issuer however the host is named in the request: the services check tokens against
                        // 127.0.0.1
                        "--hostname=http://127.0.0.1:" + httpPort,
                        "--health-enabled=true",
                        "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        var environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home")); // the JDK the launcher runs on
        environment.remove("JAVA_OPTS"); // it would replace kc.sh's defaults (G1, metaspace cap, encoding)
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // Keycloak is the largest application to start: its classes come from a startup archive too (kc.sh splits
        // JAVA_OPTS_APPEND with xargs, hence the quotes)
        StartupArchive archive =
                StartupArchive.of(StartupArchive.directory(cacheDirectory), "keycloak", home.resolve("lib"));
        environment.put(
                "JAVA_OPTS_APPEND",
                String.join(
                        " ",
                        archive.jvmOptions(true).stream()
                                .map(option -> "'" + option + "'")
                                .toList()));
        // Demo credentials of the master realm's admin (console at /admin); never use them outside a dev machine.
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return new KeycloakServer(httpPort, managementPort, logFile, builder.start(), archive);
    }

    /** Forgets users, sessions and the imported realm, so that the next start imports the realm file again. */
    static void discardData(Path cacheDirectory) throws IOException {
        deleteRecursively(cacheDirectory.resolve("keycloak-" + VERSION).resolve("data/h2"));
    }

    /**
     * Whether {@code realmFile} differs from the one the last start in {@code cacheDirectory} was given: Keycloak skips
     * the import of a realm it already has, so the store then holds an outdated realm.
     */
    static boolean realmFileChanged(Path cacheDirectory, Path realmFile) throws IOException {
        Path lastGiven = cacheDirectory
                .resolve("keycloak-" + VERSION)
                .resolve("data/import")
                .resolve(realmFile.getFileName());
        return !Files.isRegularFile(lastGiven) || Files.mismatch(lastGiven, realmFile) != -1;
    }

    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits until Keycloak reports ready and the realm is served (the import runs before that, but be sure). */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            if (answersOk(health) && answersOk(discovery)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    /**
     * SIGTERM to kc.sh, which forwards it to its java child; then SIGKILL to whatever is left, descendants included, so
     * that no JVM outlives the launcher.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        // a run that recorded its startup archive writes it on the way out, which takes a while
        if (process.waitFor(90, TimeUnit.SECONDS)) {
            archive.keepRecorded();
        } else {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            archive.forget();
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
                descendant
                        .onExit()
                        .orTimeout(5, TimeUnit.SECONDS)
                        .exceptionally(timedOut -> descendant)
                        .join();
            }
        }
    }

    private static boolean answersOk(URI uri) throws InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    /** Unpacks next to the target and renames, so a run interrupted half-way never leaves a broken cache behind. */
    private static Path unpacked(Path cacheDirectory) throws IOException, InterruptedException {
        Path home = cacheDirectory.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path archive = distribution();
        Files.createDirectories(cacheDirectory);
        Path staging = Files.createTempDirectory(cacheDirectory, "unpacking-");
        try {
            Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", staging.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (tar.waitFor() != 0) {
                throw new IOException("tar could not unpack " + archive + " (exit code " + tar.exitValue() + ")");
            }
            try {
                Files.move(staging.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException moveFailed) {
                if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                    throw moveFailed;
                } // else another run unpacked it meanwhile: its copy is as good as ours
            }
        } finally {
            deleteRecursively(staging);
        }
        return home;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
