package cn.chuanyu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application's classes as an earlier run of the same build loaded them, kept so that later starts map them from a
 * file instead of reading, parsing and verifying them again: on JDK 25 and later the JVM's ahead-of-time cache (JEP 483
 * and 514: classes loaded and linked, with the run's method profiles), on JDK 17 to 24 a dynamic AppCDS archive.
 *
 * <p>The first run of a build records the archive while it runs; the JVM writes it when the application exits
 * gracefully (the launcher's SIGTERM), which takes a few seconds longer then. The file is written under a temporary
 * name and only {@link #keep() kept} after a clean exit, so that a crashed or killed run leaves no half-written archive
 * behind. An archive belongs to one build of the application and one JDK: its name carries a digest of both, so a
 * rebuilt application or another JDK records afresh, and archives of other builds are deleted.
 */
final class StartupArchive {

    private static final Logger LOG = LoggerFactory.getLogger(StartupArchive.class);

    private final Path file;
    private final Path recording;
    private final boolean aotCache;

    private StartupArchive(Path file, boolean aotCache) {
        this.file = file;
        this.recording = file.resolveSibling(file.getFileName() + ".recording");
        this.aotCache = aotCache;
    }

    /**
     * Where the launcher keeps the archives: with the Keycloak build, across fresh starts (they depend on builds only).
     */
    static Path directory(Path cacheDirectory) {
        return cacheDirectory.resolve("startup-archives");
    }

    /**
     * The archive of the application packaged in {@code applicationDirectory} (Quarkus's {@code quarkus-app}) for the
     * running JDK, kept in {@code directory} under the name {@code app}.
     */
    static StartupArchive of(Path directory, String app, Path applicationDirectory) {
        boolean aotCache = Runtime.version().feature() >= 25;
        String name = app + "-" + digest(applicationDirectory) + (aotCache ? ".aot" : ".jsa");
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path other : files.toList()) {
                    String otherName = other.getFileName().toString();
                    if (otherName.startsWith(app + "-") && !otherName.startsWith(name)) {
                        Files.deleteIfExists(other); // another build's or JDK's
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StartupArchive(directory.resolve(name), aotCache);
    }

    /**
     * The JVM options that use the archive if one was kept; otherwise those that record it in this run when
     * {@code mayRecord} (only one process per archive may), else none.
     */
    List<String> jvmOptions(boolean mayRecord) {
        if (Files.isRegularFile(file)) {
            return List.of(aotCache ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
        }
        if (!mayRecord) {
            return List.of();
        }
        if (!aotCache) {
            return List.of("-XX:ArchiveClassesAtExit=" + recording);
        }
        // the cache is assembled in the class space, which a small metaspace cap leaves too small for an
        // application's classes ("Unable to allocate from 'ro' region"); the later option wins
        return List.of("-XX:AOTCacheOutput=" + recording, "-XX:MaxMetaspaceSize=512m");
    }

    /** {@link #keep()}, a failure only logged: stopping the platform goes on. */
    void keepRecorded() {
        try {
            keep();
        } catch (IOException e) {
            LOG.warn("The startup archive {} could not be kept", file, e);
        }
    }

    /** {@link #discard()}, a failure only logged: stopping the platform goes on. */
    void forget() {
        try {
            discard();
        } catch (IOException e) {
            LOG.warn("A partly recorded startup archive {} could not be deleted", recording, e);
        }
    }

    /** After a graceful exit: keeps what the run recorded, if it recorded. */
    void keep() throws IOException {
        if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
            Files.move(recording, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        discard();
    }

    /** After a crash or a kill: whatever the run had begun to write is not an archive. */
    void discard() throws IOException {
        Files.deleteIfExists(recording);
        // JDK 25 keeps the run's training data there until the cache is assembled
        Files.deleteIfExists(recording.resolveSibling(recording.getFileName() + ".config"));
    }

    /** The JDK and every file of the packaged application (path, size, modification time). */
    private static String digest(Path applicationDirectory) {
        try (Stream<Path> files = Files.walk(applicationDirectory)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(System.getProperty("java.home").getBytes(StandardCharsets.UTF_8));
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update((applicationDirectory.relativize(f) + "|" + Files.size(f) + "|"
                                + Files.getLastModifiedTime(f).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
