package cn.chuanyu.launcher.fuzz;

import cn.chuanyu.launcher.EmbeddedPlatform;
import cn.chuanyu.launcher.LaunchOptions;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;

/**
 * The embedded platform every end-to-end test class of the Failsafe JVM shares: {@code PlatformUnderTest} of the
 * launcher's tests starts it once. That class is package-private, so this bridge reaches its {@code platform()} by
 * reflection rather than starting a second platform (a minute and a gigabyte more).
 */
final class SharedPlatform {

    private SharedPlatform() {}

    static EmbeddedPlatform platform() throws Exception {
        Method platform = Class.forName("cn.chuanyu.launcher.PlatformUnderTest").getDeclaredMethod("platform");
        platform.setAccessible(true);
        return (EmbeddedPlatform) platform.invoke(null);
    }

    /** The project's root directory (Failsafe passes it as {@code chuanyu.home}). */
    static Path home() {
        return Path.of(System.getProperty("chuanyu.home", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static URI gateway(String pathAndQuery) throws Exception {
        return URI.create(platform().url(LaunchOptions.GATEWAY) + pathAndQuery);
    }
}
