package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded by a real JVM of the running JDK, then used by the next: the JVM refuses to start if it cannot map it. */
class StartupArchiveTest {

    @TempDir
    Path temp;

    @Test
    void theFirstRunRecordsTheArchiveAndTheNextRunsMapIt() throws Exception {
        Path app = application();
        Path archives = temp.resolve("archives");

        StartupArchive first = StartupArchive.of(archives, "demo", app);
        assertThat(run(first.jvmOptions(true), List.of())).isZero();
        first.keep();
        assertThat(files(archives)).hasSize(1);

        StartupArchive second = StartupArchive.of(archives, "demo", app);
        List<String> using = second.jvmOptions(true);
        assertThat(using).singleElement().asString().matches("-XX:(AOTCache|SharedArchiveFile)=.*");
        // -Xshare:on / AOTMode=on: the JVM exits with an error instead of running without the archive
        List<String> strict = Runtime.version().feature() >= 25 ? List.of("-XX:AOTMode=on") : List.of("-Xshare:on");
        assertThat(run(using, strict)).isZero();
    }

    @Test
    void aKilledRecordingLeavesNoArchiveAndOnlyOneProcessRecords() throws Exception {
        Path app = application();
        Path archives = temp.resolve("archives");

        StartupArchive archive = StartupArchive.of(archives, "demo", app);
        assertThat(archive.jvmOptions(false)).isEmpty();
        List<String> recording = archive.jvmOptions(true);
        Path file = Path.of(recording.get(0).substring(recording.get(0).indexOf('=') + 1));
        Files.writeString(file, "half written");
        Files.writeString(file.resolveSibling(file.getFileName() + ".config"), ""); // JDK 25's training data
        archive.discard();

        assertThat(files(archives)).isEmpty();
        assertThat(StartupArchive.of(archives, "demo", app).jvmOptions(true)).isEqualTo(recording);
    }

    @Test
    void aRebuiltApplicationRecordsAfreshAndItsOldArchiveIsDeleted() throws Exception {
        Path app = application();
        Path archives = temp.resolve("archives");
        StartupArchive first = StartupArchive.of(archives, "demo", app);
        assertThat(run(first.jvmOptions(true), List.of())).isZero();
        first.keep();
        Path kept = files(archives).get(0);

        Path jar = app.resolve("lib/main.jar");
        Files.writeString(jar, "rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        StartupArchive rebuilt = StartupArchive.of(archives, "demo", app);

        assertThat(kept).doesNotExist();
        assertThat(rebuilt.jvmOptions(true)).first().asString().contains("recording");
        assertThat(StartupArchive.of(archives, "other", app).jvmOptions(true))
                .first()
                .asString()
                .contains("other-");
    }

    /** A stand-in for a packaged application: what matters is that its files make up the archive's identity. */
    private Path application() throws IOException {
        Path app = temp.resolve("quarkus-app");
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("lib/main.jar"), "classes");
        Files.writeString(app.resolve("quarkus-run.jar"), "launcher");
        return app;
    }

    /** Runs {@link Hello} from a jar (archives hold classes of jars only) in a JVM of the running JDK. */
    private int run(List<String> archiveOptions, List<String> more) throws Exception {
        Path jar = temp.resolve("hello.jar");
        if (!Files.exists(jar)) {
            String entry = Hello.class.getName().replace('.', '/') + ".class";
            try (var out = new JarOutputStream(Files.newOutputStream(jar));
                    var in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
                out.putNextEntry(new JarEntry(entry));
                in.transferTo(out);
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(archiveOptions);
        command.addAll(more);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Hello.class.getName());
        Path output = temp.resolve("jvm.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(output)).isZero();
        return process.exitValue();
    }

    private static List<Path> files(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** Loads a few classes and exits. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.println(List.of(args).stream().map(String::length).toList());
        }
    }
}
