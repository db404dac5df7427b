package cn.chuanyu.gateway.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retries of idempotent reads; writes are never retried. */
@ConfigMapping(prefix = "chuanyu.gateway.retry")
public interface RetryConfig {

    /** Further attempts of a GET or HEAD without a body after a transport failure; 0 turns retries off. */
    @WithDefault("1")
    int maxRetries();
}
