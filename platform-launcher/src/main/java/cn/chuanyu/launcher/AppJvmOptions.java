package cn.chuanyu.launcher;

import java.util.ArrayList;
import java.util.List;

/** The JVM options of the services and the gateway, sized for a laptop or a 2-core CI machine. */
final class AppJvmOptions {

    /**
     * No cap on the code cache: JDK 17's sweeper counts a method cold sooner the smaller the cache is reserved (its
     * hotness counter starts at twice the reserved megabytes), so with 64 MiB reserved it may throw away code that was
     * idle for a few minutes, e.g. between the benchmark's phases, to be compiled again under load: C2 still took 16-21
     * % of the machine in the 200 events/s phase. Reserved, not committed: the default 240 MiB costs no memory until
     * code is in it.
     */
    private static final List<String> SIZES =
            List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-XX:MaxMetaspaceSize=160m", "-Xss512k");

    /**
     * Every 5 s the JVM hands back to the system what glibc's malloc keeps after a burst of native allocation (Kafka
     * clients, Netty, the JIT): after the benchmark, {@code jcmd <pid> System.trim_native_heap} freed 26–60 MiB of each
     * application's RSS. The option exists from JDK 17.0.9 and 21.0.1 on (JDK-8293114); older JDKs would refuse to
     * start with it.
     */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";

    private AppJvmOptions() {}

    /** The options for applications run by this JVM's own {@code java} (the launcher starts them with it). */
    static List<String> forThisJdk() {
        return of(Runtime.version());
    }

    static List<String> of(Runtime.Version jdk) {
        List<String> options = new ArrayList<>(SIZES);
        if (trimsNativeHeap(jdk)) {
            options.add(TRIM_NATIVE_HEAP);
        }
        return List.copyOf(options);
    }

    private static boolean trimsNativeHeap(Runtime.Version jdk) {
        return switch (jdk.feature()) {
            case 17 -> jdk.update() >= 9;
            case 18, 19, 20 -> false;
            case 21 -> jdk.update() >= 1;
            default -> jdk.feature() > 21;
        };
    }
}
