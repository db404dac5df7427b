package cn.chuanyu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.StringPermission;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    /** Tokens this fake issuer signed, with the subject and expiry (epoch seconds) their identity gets. */
    private static final String ALICE = "eyJ.alice.sig";

    private static final String BOB = "eyJ.bob.sig";
    private static final long IN_FIVE_MINUTES = NOW.getEpochSecond() + 300;

    private static final Tenant DEFAULT_TENANT = new Tenant("Default", false, "Bearer", null);

    private final MutableClock clock = new MutableClock();
    private final FakeOidc oidc = new FakeOidc();
    private final VerifiedTokens tokens = new VerifiedTokens(oidc, Duration.ofSeconds(60), 100, clock, Runnable::run);

    @Test
    void aRememberedIdentityComesWithTheCurrentRequestAndItsRolesAndPermissions() {
        RoutingContext first = request(DEFAULT_TENANT);
        RoutingContext second = request(DEFAULT_TENANT);
        authenticate(tokens, new AccessTokenCredential(ALICE), first);
        SecurityIdentity again = authenticate(tokens, new AccessTokenCredential(ALICE), second);

        assertThat(oidc.verified).containsExactly(ALICE);
        assertThat((Object) again.getAttribute(RoutingContext.class.getName())).isSameAs(second);
        assertThat(again.getRoles()).containsExactly("researcher");
        assertThat(again.checkPermissionBlocking(new StringPermission("intents")))
                .isTrue();
        assertThat(again.checkPermissionBlocking(new StringPermission("awards")))
                .isFalse();
    }

    @Test
    void theSameTokenUnderAnotherTenantIsVerifiedThere() {
        authenticate(ALICE);
        authenticate(tokens, new AccessTokenCredential(ALICE), request(new Tenant("partners", false, "Bearer", null)));

        assertThat(oidc.verified).containsExactly(ALICE, ALICE);
    }

    @Test
    void tokensWhoseCheckDependsOnTheRequestAreVerifiedEveryTime() {
        List<Tenant> perRequestChecks = List.of(
                new Tenant("Default", true, "Bearer", null),
                new Tenant("Default", false, "DPoP", null),
                new Tenant("Default", false, "Bearer", Duration.ofMinutes(5)));
        for (Tenant tenant : perRequestChecks) {
            oidc.verified.clear();
            authenticate(tokens, new AccessTokenCredential(ALICE), request(tenant));
            authenticate(tokens, new AccessTokenCredential(ALICE), request(tenant));
            assertThat(oidc.verified).as(tenant.toString()).containsExactly(ALICE, ALICE);
        }
        oidc.verified.clear();
        RoutingContext stepUp = request(DEFAULT_TENANT);
        stepUp.put(VerifiedTokens.STEP_UP_POLICY, new Object());
        authenticate(tokens, new AccessTokenCredential(ALICE), stepUp);
        authenticate(tokens, new AccessTokenCredential(ALICE), stepUp);
        authenticate(tokens, new AccessTokenCredential(ALICE), null); // no HTTP request
        assertThat(oidc.verified).containsExactly(ALICE, ALICE, ALICE);
    }

    @Test
    void readsTheTenantConfigurationUnderTheNameOfQuarkusOidcsConfigurationClass() throws Exception {
        // quarkus-oidc's mechanism puts its io.quarkus.oidc.OidcTenantConfig under that class's name
        assertThat(OidcTenantConfig.class.isAssignableFrom(Class.forName(VerifiedTokens.TENANT_CONFIG)))
                .isTrue();
    }

    @Test
    void isAskedBeforeAProviderOfDefaultPriorityAsQuarkusOidcsIs() {
        assertThat(tokens.priority()).isGreaterThan(oidc.priority());
    }

    @Test
    void aTokenSeenAgainIsNotVerifiedAgainAndKeepsItsIdentity() {
        SecurityIdentity first = authenticate(ALICE);
        SecurityIdentity second = authenticate(ALICE);

        assertThat(oidc.verified).containsExactly(ALICE);
        assertThat(second.getPrincipal().getName()).isEqualTo("alice");
        assertThat(second.getRoles()).isEqualTo(first.getRoles()).containsExactly("researcher");
    }

    @Test
    void anotherTokenIsVerifiedEvenIfItDiffersInOneCharacter() {
        authenticate(ALICE);

        assertThat(authenticate(BOB).getPrincipal().getName()).isEqualTo("bob");
        assertThatThrownBy(() -> authenticate(ALICE.replace("sig", "sif")))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(oidc.verified).containsExactly(ALICE, BOB, "eyJ.alice.sif");
    }

    @Test
    void aRefusedTokenIsVerifiedEveryTime() {
        String forged = "eyJ.mallory.sig";
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> authenticate(forged)).isInstanceOf(AuthenticationFailedException.class);
        }
        assertThat(oidc.verified).containsExactly(forged, forged);
    }

    @Test
    void aTokenIsVerifiedAgainOnceMaxAgeHasPassed() {
        authenticate(ALICE);
        clock.advance(Duration.ofSeconds(59));
        authenticate(ALICE);
        clock.advance(Duration.ofSeconds(1));
        authenticate(ALICE);

        assertThat(oidc.verified).containsExactly(ALICE, ALICE);
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedAgainAndRefusedThoughMaxAgeHasNotPassed() {
        oidc.expiresAt = NOW.getEpochSecond() + 10;
        authenticate(ALICE);
        clock.advance(Duration.ofSeconds(10));

        assertThatThrownBy(() -> authenticate(ALICE)).isInstanceOf(AuthenticationFailedException.class);
        assertThat(oidc.verified).containsExactly(ALICE, ALICE);
    }

    @Test
    void aZeroMaxAgeVerifiesEveryToken() {
        VerifiedTokens always = new VerifiedTokens(oidc, Duration.ZERO, 100, clock, Runnable::run);
        authenticate(always, new AccessTokenCredential(ALICE));
        authenticate(always, new AccessTokenCredential(ALICE));

        assertThat(oidc.verified).containsExactly(ALICE, ALICE);
    }

    @Test
    void idTokensOfTheCodeFlowAreAlwaysVerified() {
        authenticate(tokens, new IdTokenCredential(ALICE));
        authenticate(tokens, new IdTokenCredential(ALICE));

        assertThat(oidc.verified).containsExactly(ALICE, ALICE);
    }

    @Test
    void anIdentityWithoutExpiryIsNotRemembered() {
        oidc.expiresAt = null;
        authenticate(ALICE);
        authenticate(ALICE);

        assertThat(oidc.verified).containsExactly(ALICE, ALICE);
    }

    @Test
    void theLeastUsedTokensAreForgottenBeyondMaxSize() {
        VerifiedTokens small = new VerifiedTokens(oidc, Duration.ofSeconds(60), 1, clock, Runnable::run);
        authenticate(small, new AccessTokenCredential(ALICE));
        authenticate(small, new AccessTokenCredential(BOB));
        authenticate(small, new AccessTokenCredential(ALICE));
        authenticate(small, new AccessTokenCredential(BOB));

        // one of the two is kept at a time (which one is Caffeine's choice): remembering both would verify each once
        assertThat(oidc.verified).hasSizeGreaterThanOrEqualTo(3);
    }

    private SecurityIdentity authenticate(String token) {
        return authenticate(tokens, new AccessTokenCredential(token));
    }

    private static SecurityIdentity authenticate(VerifiedTokens tokens, TokenCredential credential) {
        return authenticate(tokens, credential, request(DEFAULT_TENANT));
    }

    private static SecurityIdentity authenticate(
            VerifiedTokens tokens, TokenCredential credential, RoutingContext request) {
        TokenAuthenticationRequest authentication = new TokenAuthenticationRequest(credential);
        if (request != null) {
            HttpSecurityUtils.setRoutingContextAttribute(authentication, request);
        }
        return tokens.authenticate(authentication, null).await().atMost(Duration.ofSeconds(5));
    }

    /** A new HTTP request as quarkus-oidc's mechanism leaves it for the identity providers: tenant id and config. */
    private static RoutingContext request(Tenant tenant) {
        Map<String, Object> data = new HashMap<>();
        data.put(OidcUtils.TENANT_ID_ATTRIBUTE, tenant.id());
        data.put(VerifiedTokens.TENANT_CONFIG, tenant.config());
        return (RoutingContext) Proxy.newProxyInstance(
                RoutingContext.class.getClassLoader(), new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "get" -> data.get((String) args[0]);
                        case "put" -> {
                            data.put((String) args[0], args[1]);
                            yield proxy;
                        }
                        case "data" -> data;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "request " + System.identityHashCode(proxy);
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    /** A tenant's id and what of its configuration the provider reads: token binding, scheme, maximum age. */
    private record Tenant(String id, boolean certificateBound, String scheme, Duration maxTokenAge) {

        OidcTenantConfig config() {
            OidcTenantConfig.Binding binding =
                    answering(OidcTenantConfig.Binding.class, Map.of("certificate", certificateBound));
            OidcTenantConfig.Token token = answering(
                    OidcTenantConfig.Token.class,
                    Map.of("binding", binding, "authorizationScheme", scheme, "age", Optional.ofNullable(maxTokenAge)));
            return answering(OidcTenantConfig.class, Map.of("token", token));
        }

        private static <T> T answering(Class<T> type, Map<String, Object> answers) {
            return type.cast(Proxy.newProxyInstance(
                    type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                        if (!answers.containsKey(method.getName())) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return answers.get(method.getName());
                    }));
        }
    }

    /** Stands for quarkus-oidc: accepts the tokens it issued while they have not expired, and counts each check. */
    private final class FakeOidc implements IdentityProvider<TokenAuthenticationRequest> {

        final List<String> verified = new ArrayList<>();
        Long expiresAt = IN_FIVE_MINUTES;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            String token = request.getToken().getToken();
            verified.add(token);
            String subject = token.equals(ALICE) ? "alice" : token.equals(BOB) ? "bob" : null;
            if (subject == null || (expiresAt != null && clock.instant().getEpochSecond() >= expiresAt)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("not a valid token"));
            }
            var identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(subject))
                    .addRoles(Set.of("researcher"))
                    .addPermissionAsString("intents");
            if (expiresAt != null) {
                identity.addAttribute(OidcUtils.QUARKUS_IDENTITY_EXPIRE_TIME, expiresAt);
            }
            return Uni.createFrom().item(identity.build());
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = NOW;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
