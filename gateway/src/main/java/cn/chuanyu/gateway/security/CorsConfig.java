package cn.chuanyu.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which frontend origins' browser code may call the API through the gateway. */
@ConfigMapping(prefix = "chuanyu.gateway.cors")
public interface CorsConfig {

    /**
     * Origins exactly as browsers send them (scheme, host and port, e.g. {@code https://portal.chuanyu.cn}),
     * comma-separated; none by default, so only same-origin pages (the portal) can call.
     */
    Optional<List<String>> origins();

    @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE")
    List<String> methods();

    /** Request headers browser code may send besides the CORS-safelisted ones. */
    @WithDefault("Authorization,Content-Type,Accept,Accept-Language,If-Match,If-None-Match,Idempotency-Key,"
            + "X-Request-Id,traceparent,tracestate")
    List<String> headers();

    /** Answer headers browser code may read besides the CORS-safelisted ones. */
    @WithDefault("Location,ETag,Content-Language,Retry-After,X-Request-Id,traceparent")
    List<String> exposedHeaders();

    /** How long a browser may reuse a preflight answer. */
    @WithDefault("10m")
    Duration maxAge();
}
