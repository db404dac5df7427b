package cn.chuanyu.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Access tokens as Keycloak would issue them, signed with the WireMock provider's key unless said otherwise. */
final class Tokens {

    /** The issuer that OidcWiremockTestResource's discovery document announces. */
    private static final String ISSUER = "https://server.example.com";

    private static final String PROVIDER_KEY = "privateKey.jwk";

    private Tokens() {}

    static String valid(String user) {
        return claims(user).audience("chuanyu-api").jws().keyId("1").sign(PROVIDER_KEY);
    }

    static String forAnotherAudience(String user) {
        return claims(user).audience("some-other-api").jws().keyId("1").sign(PROVIDER_KEY);
    }

    static String expired(String user) {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return claims(user)
                .audience("chuanyu-api")
                .issuedAt(hourAgo)
                .expiresAt(hourAgo.plusSeconds(300))
                .jws()
                .keyId("1")
                .sign(PROVIDER_KEY);
    }

    static String signedByAStranger(String user) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return claims(user)
                    .audience("chuanyu-api")
                    .jws()
                    .keyId("1")
                    .sign(rsa.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String user) {
        return Jwt.preferredUserName(user)
                .issuer(ISSUER)
                .subject(user)
                .claim("realm_access", Map.of("roles", List.of("researcher")));
    }
}
