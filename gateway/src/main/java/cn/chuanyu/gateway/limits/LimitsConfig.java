package cn.chuanyu.gateway.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one client may send: how large a body, how many requests. */
@ConfigMapping(prefix = "chuanyu.gateway.limits")
public interface LimitsConfig {

    /** Largest request body passed on; larger ones get a 413 problem. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    RateLimit rateLimit();

    /**
     * A token bucket per client: {@code burst} requests at once, refilled at {@code requests-per-second}. The client is
     * the token's subject when a valid token came, else the client's address.
     */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("100")
        int burst();

        /** Clients tracked at once; beyond that, new clients share one bucket until idle ones are forgotten. */
        @WithDefault("100000")
        int maxClients();
    }
}
