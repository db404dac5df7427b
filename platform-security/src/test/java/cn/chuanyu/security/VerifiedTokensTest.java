package cn.chuanyu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    /** Tokens this fake issuer signed, with the subject and expiry (epoch seconds) their identity gets. */
    private static final String ALICE = "eyJ.alice.sig";

    private static final String BOB = "eyJ.bob.sig";
    private static final long IN_FIVE_MINUTES = NOW.getEpochSecond() + 300;

    private final MutableClock clock = new MutableClock();
    private final FakeOidc oidc = new FakeOidc();
    private final VerifiedTokens tokens = new VerifiedTokens(oidc, Duration.ofSeconds(60), 100, clock, Runnable::run);

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
        return tokens.authenticate(new TokenAuthenticationRequest(credential), null)
                .await()
                .atMost(Duration.ofSeconds(5));
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
                    .addRoles(Set.of("researcher"));
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
