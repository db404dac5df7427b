package cn.chuanyu.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The browser security headers the gateway puts on every answer. */
@ConfigMapping(prefix = "chuanyu.gateway.headers")
public interface SecurityHeadersConfig {

    /**
     * The policy of every answer but the API portal's (whose page needs scripts, see {@code PortalPage}): nothing may
     * load or run, so an API answer opened in a browser can do nothing; {@code frame-ancestors 'none'} with
     * X-Frame-Options DENY: nothing of the gateway may be framed.
     */
    @WithDefault("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    String contentSecurityPolicy();

    /** Sent on answers to HTTPS requests only (RFC 6797 forbids it over plain HTTP); {@code none} turns it off. */
    @WithDefault("max-age=31536000")
    String strictTransportSecurity();

    @WithDefault("no-referrer")
    String referrerPolicy();
}
