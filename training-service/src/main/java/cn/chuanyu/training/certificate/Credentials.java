package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.kernel.TrainingClock.CHINA;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates as Open Badges 3.0 credentials (W3C Verifiable Credentials) secured as a VC-JWT: the credential's
 * members at the top of the JWT payload with the iss, jti, nbf and exp claims, signed with the platform's Ed25519 key
 * (alg EdDSA, kid = the key's thumbprint in the published JWKS).
 */
@ApplicationScoped
public class Credentials {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeys keys;
    private final ObjectMapper json;
    private final String issuerId;

    Credentials(
            SigningKeys keys,
            ObjectMapper json,
            @ConfigProperty(name = "chuanyu.training.certificate.issuer-id") String issuerId) {
        this.keys = keys;
        this.json = json;
        this.issuerId = issuerId;
    }

    /**
     * What the signature of a credential says, and the credential if it holds; when it does not, why, as the detail key
     * {@code problem} of the problem texts with its arguments.
     */
    public record Check(boolean signatureValid, String problem, List<Object> problemArgs, JsonNode payload) {
        static Check invalid(String problem, Object... args) {
            return new Check(false, problem, List.of(args), null);
        }
    }

    public String sign(Certificate c) {
        ZonedDateTime validFrom = c.issuedOn.atStartOfDay(CHINA);
        ZonedDateTime validUntil = c.expiresOn.plusDays(1).atStartOfDay(CHINA);
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put(
                "@context",
                List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", "urn:uuid:" + c.id);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", c.issuer + "结业证书");
        credential.put("description", "证书编号：" + c.number);
        credential.put("issuer", Map.of("id", issuerId, "type", List.of("Profile"), "name", c.issuer));
        credential.put("validFrom", validFrom.toOffsetDateTime().toString());
        credential.put("validUntil", validUntil.toOffsetDateTime().toString());
        credential.put(
                "credentialSubject",
                Map.of(
                        "type", List.of("AchievementSubject"),
                        "identifier",
                                List.of(Map.of(
                                        "type",
                                        "IdentityObject",
                                        "identityType",
                                        "name",
                                        "hashed",
                                        false,
                                        "identityHash",
                                        c.holderName)),
                        "achievement",
                                Map.of(
                                        "id",
                                        "urn:uuid:" + c.programmeId,
                                        "type",
                                        List.of("Achievement"),
                                        "achievementType",
                                        "Certificate",
                                        "name",
                                        levelName(c) + "技术经纪人",
                                        "description",
                                        c.programmeName + "结业",
                                        "criteria",
                                        Map.of("narrative", "完成培训课程，出勤率达到要求，并通过结业考试。"))));
        credential.put("iss", issuerId);
        credential.put("jti", "urn:uuid:" + c.id);
        credential.put("nbf", validFrom.toEpochSecond());
        credential.put("exp", validUntil.toEpochSecond());

        Map<String, String> header = Map.of(
                "alg",
                SigningKeys.ALGORITHM,
                "typ",
                "JWT",
                "kid",
                keys.current().kid());
        String signingInput = encode(header) + "." + encode(credential);
        return signingInput + "." + keys.sign(signingInput);
    }

    /** Checks a compact JWS against the platform key, as a third party would with the JWKS. */
    public Check check(String jws) {
        String[] parts = jws == null ? new String[0] : jws.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Check.invalid("credential-not-jws");
        }
        try {
            JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
            List<SigningKeys.PublishedKey> published = keys.published();
            Optional<SigningKeys.PublishedKey> key = published.stream()
                    .filter(k -> k.kid().equals(header.path("kid").asText()))
                    .findFirst();
            if (!SigningKeys.ALGORITHM.equals(header.path("alg").asText()) || key.isEmpty()) {
                return Check.invalid(
                        "credential-other-key",
                        String.join(
                                ", ",
                                published.stream()
                                        .map(SigningKeys.PublishedKey::kid)
                                        .toList()));
            }
            if (!SigningKeys.verify(
                    key.get(), parts[0] + "." + parts[1], Base64.getUrlDecoder().decode(parts[2]))) {
                return Check.invalid("credential-altered");
            }
            return new Check(
                    true, null, List.of(), json.readTree(Base64.getUrlDecoder().decode(parts[1])));
        } catch (IllegalArgumentException | IOException e) {
            return Check.invalid("credential-malformed", String.valueOf(e.getMessage()));
        }
    }

    /** The certificate id a valid credential names (its jti). */
    static UUID certificateId(JsonNode payload) {
        String jti = payload.path("jti").asText("");
        try {
            return jti.startsWith("urn:uuid:") ? UUID.fromString(jti.substring("urn:uuid:".length())) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String levelName(Certificate c) {
        return switch (c.level) {
            case PRIMARY -> "初级";
            case INTERMEDIATE -> "中级";
            case ADVANCED -> "高级";
        };
    }

    private String encode(Object value) {
        try {
            return BASE64URL.encodeToString(json.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
