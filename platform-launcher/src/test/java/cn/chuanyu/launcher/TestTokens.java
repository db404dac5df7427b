package cn.chuanyu.launcher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs RS256 bearer tokens shaped like Keycloak's (realm roles, preferred_username, audience) with
 * a key the services are told to trust, for cross-service tests that do not need the identity
 * provider itself.
 */
final class TestTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair keys;

    TestTokens() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    /** The verification key, as the services' {@code quarkus.oidc.public-key} expects it. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    String issue(String user, List<String> roles) throws GeneralSecurityException, JsonProcessingException {
        long now = Instant.now().getEpochSecond();
        String header = encode(Map.of("alg", "RS256", "typ", "JWT"));
        String payload = encode(Map.of("sub", user, "preferred_username", user, "aud", "chuanyu-api",
                "iss", "urn:chuanyu:test", "iat", now, "exp", now + 600, "realm_access", Map.of("roles", roles)));
        var signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + URL.encodeToString(signer.sign());
    }

    private static String encode(Object json) throws JsonProcessingException {
        return URL.encodeToString(JSON.writeValueAsBytes(json));
    }
}
