package cn.chuanyu.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long and how many verified bearer tokens a service remembers ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "chuanyu.security.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * The longest a verified token is taken without verifying it again, shorter if it expires first; 0 verifies every
     * request's token. It is also how long a token keeps working after the realm stopped publishing its signing key.
     */
    @WithDefault("60s")
    Duration maxAge();

    /** The most tokens remembered at once, each with its identity (its claims); the least used are forgotten first. */
    @WithDefault("1000")
    int maxSize();
}
