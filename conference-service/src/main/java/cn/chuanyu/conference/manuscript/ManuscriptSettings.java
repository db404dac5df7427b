package cn.chuanyu.conference.manuscript;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where manuscripts are kept and how large one may be (the service's HTTP body limit must be above it). */
@ConfigMapping(prefix = "chuanyu.conference.manuscripts")
public interface ManuscriptSettings {

    /** The directory manuscripts are written to, one subdirectory per paper; created when missing. */
    @WithDefault("data/manuscripts")
    Path directory();

    /** The largest manuscript accepted; a larger upload gets 413 and nothing is kept. */
    @WithDefault("20M")
    MemorySize maxSize();
}
