package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.kernel.TrainingClock.CHINA;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates as Open Badges 3.0 credentials (W3C Verifiable Credentials) secured as a VC-JWT: the credential's
 * members at the top of the JWT payload with the iss, jti, nbf and exp claims, signed with the platform's Ed25519 key
 * (alg EdDSA, kid = the key's thumbprint in the published JWKS). The holder is named by a salted hash, and the
 * revocation status by a bit of a published W3C Bitstring Status List (credentialStatus).
 */
@ApplicationScoped
public class Credentials {

    /** Where the revocation lists are published, under the public base URL (CertificateStatusListResource). */
    static final String STATUS_LISTS_PATH = "/api/training/certificate-status-lists";

    private static final String REVOCATION = "revocation";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeys keys;
    private final ObjectMapper json;
    private final String issuerId;
    private final String publicBaseUrl;

    Credentials(
            SigningKeys keys,
            ObjectMapper json,
            @ConfigProperty(name = "chuanyu.training.certificate.issuer-id") String issuerId,
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBaseUrl) {
        this.keys = keys;
        this.json = json;
        this.issuerId = issuerId;
        this.publicBaseUrl = publicBaseUrl.replaceFirst("/+$", "");
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
                        "identifier", List.of(identityObject(c.holderName)),
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
        if (c.statusList != null) {
            credential.put("credentialStatus", statusEntry(c.statusList, c.statusListIndex));
        }
        credential.put("iss", issuerId);
        credential.put("jti", "urn:uuid:" + c.id);
        credential.put("nbf", validFrom.toEpochSecond());
        credential.put("exp", validUntil.toEpochSecond());

        return jws(credential);
    }

    /**
     * The status list credential of W3C Bitstring Status List v1.0 (a BitstringStatusListCredential, signed like the
     * certificates): its encodedList is the Multibase ("u" prefix) base64url, unpadded, of the GZIP-compressed bits.
     * Dated by the list's last change, so the same list signed with the same key gives the same bytes (Ed25519
     * signatures are deterministic): what the ETag stands for.
     */
    public String signStatusList(StatusLists.Snapshot list) {
        ZonedDateTime validFrom = list.updatedAt().atZone(CHINA);
        String url = statusListUrl(list.list());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", Map.of("id", issuerId, "type", List.of("Profile"), "name", Certificate.ISSUER));
        credential.put("validFrom", validFrom.toOffsetDateTime().toString());
        credential.put(
                "credentialSubject",
                Map.of(
                        "id",
                        url + "#list",
                        "type",
                        "BitstringStatusList",
                        "statusPurpose",
                        REVOCATION,
                        "encodedList",
                        "u" + BASE64URL.encodeToString(gzip(list.bits()))));
        credential.put("iss", issuerId);
        credential.put("jti", url);
        credential.put("nbf", validFrom.toEpochSecond());
        return jws(credential);
    }

    /** Where the list is published: the URL a credential's statusListCredential names. */
    public String statusListUrl(int list) {
        return publicBaseUrl + STATUS_LISTS_PATH + "/" + list;
    }

    private Map<String, Object> statusEntry(int list, int index) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", statusListUrl(list) + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", REVOCATION);
        entry.put("statusListIndex", String.valueOf(index));
        entry.put("statusListCredential", statusListUrl(list));
        return entry;
    }

    /**
     * The holder as an Open Badges 3.0 IdentityObject: a salted SHA-256 of the name, never the name itself, so the
     * credential names no one to those who do not already know the name; the holder proves it by showing the name.
     */
    static Map<String, Object> identityObject(String holderName) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return Map.of(
                "type",
                "IdentityObject",
                "identityType",
                "name",
                "hashed",
                true,
                "identityHash",
                identityHash(holderName, saltHex),
                "salt",
                saltHex);
    }

    /** Open Badges 3.0 IdentityHash: "sha256$" and the hex SHA-256 of the UTF-8 identifier followed by the salt. */
    public static String identityHash(String identifier, String salt) {
        try {
            return "sha256$"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest((identifier + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jws(Map<String, Object> payload) {
        Map<String, String> header = Map.of(
                "alg",
                SigningKeys.ALGORITHM,
                "typ",
                "JWT",
                "kid",
                keys.current().kid());
        String signingInput = encode(header) + "." + encode(payload);
        return signingInput + "." + keys.sign(signingInput);
    }

    private static byte[] gzip(byte[] bits) {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
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
