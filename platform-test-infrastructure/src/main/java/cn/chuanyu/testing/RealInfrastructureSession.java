package cn.chuanyu.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Starts the real infrastructure once per test JVM, before any test class, and stops it at the end. */
public class RealInfrastructureSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        RealInfrastructure.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RealInfrastructure.stop();
    }
}
