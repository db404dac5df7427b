package cn.chuanyu.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Bearer tokens verified by Quarkus OIDC, each remembered with its identity until it expires or {@code max-age} has
 * passed, so that the same token on the next request is not verified again. A frontend or a partner sends one token for
 * minutes; verifying it (RSA signature, its claims parsed three times over) cost ~0.18 ms of CPU per request on a warm
 * conference-service, and a quarter to a third of a POST's CPU while the JIT compiler was still at work.
 *
 * <p>What is remembered is the token exactly as received, with the identity quarkus-oidc built for it: another token,
 * even one differing in a character of its signature, is verified as usual; a token that failed is never remembered; an
 * expired one is verified again (and refused). The identity is handed out with the current request's routing context,
 * the only per-request parts quarkus-oidc puts in it. What changes: a token stays valid for up to {@code max-age} after
 * the realm stopped publishing the key that signed it.
 *
 * <p>Asked before quarkus-oidc's own provider (a higher priority) for the same requests, and hands every token it has
 * not verified to it.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final IdentityProvider<TokenAuthenticationRequest> oidc;
    private final Clock clock;
    private final long maxAgeMillis;
    private final Cache<Key, Verified> verified;

    @Inject
    VerifiedTokens(OidcIdentityProvider oidc, VerifiedTokensConfig config) {
        this(oidc, config.maxAge(), config.maxSize(), Clock.systemUTC(), ForkJoinPool.commonPool());
    }

    VerifiedTokens(
            IdentityProvider<TokenAuthenticationRequest> oidc,
            Duration maxAge,
            int maxSize,
            Clock clock,
            Executor maintenance) {
        this.oidc = oidc;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.verified =
                Caffeine.newBuilder().maximumSize(maxSize).executor(maintenance).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1; // quarkus-oidc's provider keeps the default
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (maxAgeMillis <= 0 || !(request.getToken() instanceof AccessTokenCredential)) {
            return oidc.authenticate(request, context); // ID tokens of the code flow carry per-session state
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Key key = new Key(
                routing == null ? null : routing.get(OidcUtils.TENANT_ID_ATTRIBUTE),
                request.getToken().getToken());
        long now = clock.millis();
        Verified known = verified.getIfPresent(key);
        if (known != null && now < known.until()) {
            return Uni.createFrom().item(forThisRequest(known.identity(), routing, context));
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(key, identity, now));
    }

    private void remember(Key key, SecurityIdentity identity, long verifiedAt) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        Object expiresAt = identity.getAttribute(OidcUtils.QUARKUS_IDENTITY_EXPIRE_TIME);
        if (!(expiresAt instanceof Long seconds)) {
            return; // no exp claim: nothing bounds how long it may be taken
        }
        verified.put(key, new Verified(identity, Math.min(seconds * 1000, verifiedAt + maxAgeMillis)));
    }

    /** The remembered identity with this request's routing context, as quarkus-oidc would have built it now. */
    private static SecurityIdentity forThisRequest(
            SecurityIdentity identity, RoutingContext routing, AuthenticationRequestContext context) {
        if (routing == null) {
            return identity;
        }
        routing.put(AuthenticationRequestContext.class.getName(), context);
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), routing)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build();
    }

    /** The tenant that verified the token, and the token as received. */
    private record Key(Object tenant, String token) {}

    /** An identity and the instant (epoch milliseconds) until which it may be taken without verifying again. */
    private record Verified(SecurityIdentity identity, long until) {}
}
