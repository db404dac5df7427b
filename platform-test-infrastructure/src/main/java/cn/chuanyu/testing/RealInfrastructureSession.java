package cn.chuanyu.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real infrastructure once per test JVM, before any test class, and stops it at the end.
 *
 * <p>A test JVM that needs neither (one that only uses this library's checks, such as the end-to-end tests' response
 * validation) says so with {@value #ENABLED_PROPERTY}{@code =false}, as a system property or in its
 * {@code junit-platform.properties}.
 */
public class RealInfrastructureSession implements LauncherSessionListener {

    /** The switch: {@code false} starts nothing. */
    public static final String ENABLED_PROPERTY = "chuanyu.test.real-infrastructure";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (enabled()) {
            RealInfrastructure.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RealInfrastructure.stop();
    }

    private static boolean enabled() {
        String value = System.getProperty(ENABLED_PROPERTY);
        if (value == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = (loader == null ? ClassLoader.getSystemClassLoader() : loader)
                    .getResourceAsStream("junit-platform.properties")) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    value = properties.getProperty(ENABLED_PROPERTY);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read junit-platform.properties", e);
            }
        }
        return !"false".equalsIgnoreCase(value == null ? "" : value.trim());
    }
}
