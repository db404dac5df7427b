package cn.chuanyu.gateway.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one client may send: how large a body, how many requests. */
@ConfigMapping(prefix = "chuanyu.gateway.limits")
public interface LimitsConfig {

    /**
     * Largest request body passed on; larger ones get a 413 problem. Upload routes have their own: {@link #upload()}.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The routes that take files (a paper's manuscript), with the larger limit files need. */
    Upload upload();

    /**
     * Longest request line (method, path with query, version) accepted; longer ones get a 414 problem. At most the
     * services' own limit (Quarkus's {@code quarkus.http.limits.max-initial-line-length}, 4096 by default), so that
     * nothing the gateway passes on is refused by a service's HTTP layer.
     */
    @WithDefault("4K")
    MemorySize maxRequestLine();

    /**
     * Largest header section accepted (names, values and line ends); larger ones get a 431 problem. Below the services'
     * own limit ({@code quarkus.http.limits.max-header-size}, 20K by default) by room for the headers the gateway adds.
     */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /**
     * How much Vert.x's HTTP decoder reads before it refuses by itself, with an empty answer that no route sees: a
     * request line up to {@code request-line}, headers up to {@code header-size}. Set well above the limits above, so
     * that their refusals are the gateway's problems; beyond these the connection costs that much memory at most.
     */
    DecoderCeiling decoderCeiling();

    RateLimit rateLimit();

    /**
     * A POST or PUT whose path matches {@code paths} (a regular expression on the whole path) may carry up to
     * {@code max-body-size}; like every body it is streamed to the service as it arrives, never held whole in memory.
     */
    interface Upload {

        @WithDefault("25M")
        MemorySize maxBodySize();

        @WithDefault("/api/conference/papers/[^/]+/(manuscripts|camera-ready)")
        String paths();
    }

    interface DecoderCeiling {

        @WithDefault("64K")
        MemorySize requestLine();

        @WithDefault("256K")
        MemorySize headerSize();
    }

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

        /**
         * How many gateways share the public traffic. The buckets are this gateway's own (nothing is shared between
         * gateways), so each one allows a client 1/N of the rate and of the burst: however a load balancer spreads a
         * client's requests, together they never let it exceed the configured limit (a client that reaches only some of
         * the gateways gets less). Set it to the number of gateway replicas (with autoscaling, the maximum).
         */
        @WithDefault("1")
        int gateways();

        /** Clients tracked at once; beyond that, new clients share one bucket until idle ones are forgotten. */
        @WithDefault("100000")
        int maxClients();
    }
}
