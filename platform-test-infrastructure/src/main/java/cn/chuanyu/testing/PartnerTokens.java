package cn.chuanyu.testing;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The test JVM's stand-in for the realm's signing key: the broker trusts its public key (a JSON Web Key Set file), and
 * tests sign partners' tokens with it, shaped as Keycloak's client-credentials tokens are (issuer, audience, the client
 * id in {@code azp}).
 */
public final class PartnerTokens {

    /** The issuer the test broker expects. */
    public static final String ISSUER = "http://127.0.0.1:1/realms/chuanyu-test";

    private final RsaJsonWebKey key;
    private final Path directory;

    private PartnerTokens(RsaJsonWebKey key, Path directory) {
        this.key = key;
        this.directory = directory;
    }

    static PartnerTokens create() throws IOException {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-" + UUID.randomUUID());
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return new PartnerTokens(key, Files.createTempDirectory("chuanyu-partner-tokens-"));
        } catch (JoseException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    /** The public key set, as the realm's JWKS endpoint would serve it. */
    String jwks() {
        return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    Path directory() {
        return directory;
    }

    /** A token of the given client (its principal on Kafka), valid for an hour. */
    public String token(String clientId) {
        return sign(clientId, ISSUER, key);
    }

    /** A token signed by a key the broker does not know. */
    public static String forgedToken(String clientId) {
        try {
            return sign(clientId, ISSUER, RsaJwkGenerator.generateJwk(2048));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a token to a file a partner's Kafka client reads it from. */
    public Path tokenFile(String token) {
        try {
            Path file = Files.createTempFile(directory, "token-", ".jwt");
            Files.writeString(file, token);
            EmbeddedKafka.allowFile(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sign(String clientId, String issuer, RsaJsonWebKey key) {
        var claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(EmbeddedKafka.PARTNER_AUDIENCE);
        claims.setSubject(UUID.randomUUID().toString()); // Keycloak: the service account's user id
        claims.setClaim(EmbeddedKafka.PARTNER_PRINCIPAL_CLAIM, clientId);
        claims.setClaim("scope", "profile email");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setGeneratedJwtId();
        var jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
