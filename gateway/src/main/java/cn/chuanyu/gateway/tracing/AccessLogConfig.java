package cn.chuanyu.gateway.tracing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's access log: one line per request in category {@code cn.chuanyu.gateway.access}. */
@ConfigMapping(prefix = "chuanyu.gateway.access-log")
public interface AccessLogConfig {

    @WithDefault("true")
    boolean enabled();

    /** Whether health and metrics requests ({@code /q/...}), mostly probes and scrapers, are logged too. */
    @WithDefault("false")
    boolean includeManagement();
}
