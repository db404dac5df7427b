package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AppJvmOptionsTest {

    @Test
    void nativeHeapTrimmingIsAskedOnlyOfJdksThatHaveIt() {
        assertThat(AppJvmOptions.of(Runtime.Version.parse("17.0.8"))).doesNotContain(AppJvmOptions.TRIM_NATIVE_HEAP);
        assertThat(AppJvmOptions.of(Runtime.Version.parse("17.0.9"))).contains(AppJvmOptions.TRIM_NATIVE_HEAP);
        assertThat(AppJvmOptions.of(Runtime.Version.parse("20.0.2"))).doesNotContain(AppJvmOptions.TRIM_NATIVE_HEAP);
        assertThat(AppJvmOptions.of(Runtime.Version.parse("21"))).doesNotContain(AppJvmOptions.TRIM_NATIVE_HEAP);
        assertThat(AppJvmOptions.of(Runtime.Version.parse("21.0.1"))).contains(AppJvmOptions.TRIM_NATIVE_HEAP);
        assertThat(AppJvmOptions.of(Runtime.Version.parse("25"))).contains(AppJvmOptions.TRIM_NATIVE_HEAP);
        assertThat(AppJvmOptions.of(Runtime.Version.parse("17.0.9")))
                .contains("-XX:+UseSerialGC", "-Xmx256m")
                .doesNotHaveDuplicates();
    }

    @Test
    void theRunningJdkStartsWithEveryOptionTheLauncherGivesItsApplications() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(AppJvmOptions.forThisJdk());
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(java.exitValue()).as(output).isZero();
    }
}
