package cn.chuanyu.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcTenantConfig;
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
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Bearer tokens verified by Quarkus OIDC, each remembered with its identity until it expires or {@code max-age} has
 * passed, so that the same token on the next request is not verified again. A frontend or a partner sends one token for
 * minutes; verifying it (RSA signature, its claims parsed three times over) cost ~0.1–0.2 ms of CPU per request on a
 * warm conference-service, and a quarter to a third of a POST's CPU while the JIT compiler was still at work.
 *
 * <p>What is remembered is the token exactly as received, with the identity quarkus-oidc built for it, for the tenant
 * that verified it: another token, even one differing in a character of its signature, is verified as usual; a token
 * that failed is never remembered; an expired one is verified again (and refused). Only plain bearer tokens whose check
 * is the same on every request are remembered: not one bound to a client certificate or sent with a DPoP proof, not
 * under a tenant that limits a token's age, not on a route with a step-up policy, not an ID token of the code flow. The
 * identity is kept without the request it was built in and handed out with the current one. What changes: a token stays
 * valid for up to {@code max-age} after the realm stopped publishing the key that signed it (quarkus-oidc's own copy of
 * the realm's keys may already lag as long).
 *
 * <p>Asked before quarkus-oidc's own provider (a higher priority) for the same requests, and hands every token it has
 * not verified to it.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Where quarkus-oidc's mechanism puts the tenant's configuration (the name of its OidcTenantConfig class). */
    static final String TENANT_CONFIG = "io.quarkus.oidc.OidcTenantConfig";
    /** Where quarkus-oidc's StepUpAuthenticationPolicy puts a route's policy (package-private there). */
    static final String STEP_UP_POLICY = "io.quarkus.oidc.runtime.step-up-auth";

    /** What quarkus-oidc puts in an identity from the request it was built in. */
    private static final Set<String> REQUEST_ATTRIBUTES =
            Set.of(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());

    private final IdentityProvider<TokenAuthenticationRequest> oidc;
    private final Clock clock;
    private final long maxAgeMillis;
    private final Cache<Key, Verified> verified;

    @Inject
    VerifiedTokens(OidcIdentityProvider oidc, VerifiedTokensConfig config, MeterRegistry metrics) {
        this(oidc, config.maxAge(), config.maxSize(), Clock.systemUTC(), ForkJoinPool.commonPool());
        // cache_gets_total{cache="verified_tokens",result="hit|miss"}, cache_size, cache_evictions_total, ...
        CaffeineCacheMetrics.monitor(metrics, verified, "verified_tokens");
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
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfterWrite(maxAge) // memory back soon after; until() decides whether an entry may still be taken
                .executor(maintenance)
                .recordStats()
                .build();
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
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (maxAgeMillis <= 0 || !sameCheckEveryTime(request, routing)) {
            return oidc.authenticate(request, context);
        }
        Key key = new Key(
                routing.get(OidcUtils.TENANT_ID_ATTRIBUTE), request.getToken().getToken());
        long now = clock.millis();
        Verified known = verified.getIfPresent(key);
        if (known != null && now < known.until()) {
            return Uni.createFrom().item(forThisRequest(known.identity(), routing, context));
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(key, identity, now));
    }

    /**
     * Whether quarkus-oidc checks nothing about this request beyond the token itself: a bearer access token, on a
     * tenant without certificate binding, DPoP or a maximum token age, on a route without a step-up policy.
     */
    private static boolean sameCheckEveryTime(TokenAuthenticationRequest request, RoutingContext routing) {
        if (!(request.getToken() instanceof AccessTokenCredential) || routing == null) {
            return false;
        }
        return routing.get(TENANT_CONFIG) instanceof OidcTenantConfig tenant
                && !tenant.token().binding().certificate()
                && !OidcUtils.isDPoPScheme(tenant.token().authorizationScheme())
                && tenant.token().age().isEmpty()
                && routing.get(OidcUtils.DPOP_PROOF) == null
                && routing.get(STEP_UP_POLICY) == null;
    }

    private void remember(Key key, SecurityIdentity identity, long verifiedAt) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        Object expiresAt = identity.getAttribute(OidcUtils.QUARKUS_IDENTITY_EXPIRE_TIME);
        if (!(expiresAt instanceof Long seconds)) {
            return; // no exp claim: nothing bounds how long it may be taken
        }
        SecurityIdentity withoutRequest = withoutRequest(identity);
        if (withoutRequest == null) {
            return;
        }
        verified.put(key, new Verified(withoutRequest, Math.min(seconds * 1000, verifiedAt + maxAgeMillis)));
    }

    /**
     * A copy of quarkus-oidc's identity without the request it was built in (its routing context), so that a remembered
     * identity does not keep a past request's objects alive; null for an identity of another kind, not remembered.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        if (!(identity instanceof QuarkusSecurityIdentity built)) {
            return null;
        }
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(built.getPrincipal())
                .addRoles(built.getRoles())
                .addCredentials(built.getCredentials())
                .addPermissions(built.getPermissions());
        built.getAttributes().forEach((name, value) -> {
            if (!REQUEST_ATTRIBUTES.contains(name)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    /** The remembered identity with this request's routing context, as quarkus-oidc would have built it now. */
    private static SecurityIdentity forThisRequest(
            SecurityIdentity identity, RoutingContext routing, AuthenticationRequestContext context) {
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
