package cn.chuanyu.training.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The platform's Ed25519 key that signs certificates (JDK's built-in EdDSA). Taken from configuration (a secret) when
 * both halves are set; otherwise generated on first use and kept in the database, so restarts and replicas share it and
 * no secret is ever committed. Its public half is published as a JWKS, with the retired keys' public halves (those
 * configured as retired, and any key the database holds that is not the current one), so that credentials signed before
 * a rotation still verify.
 */
@ApplicationScoped
public class SigningKeys {

    public static final String ALGORITHM = "EdDSA";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    /** The X.509 SubjectPublicKeyInfo prefix of an Ed25519 key; the raw 32-byte key follows it. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final EntityManager entityManager;
    private final Optional<String> configuredPrivateKey;
    private final Optional<String> configuredPublicKey;
    private final List<String> retiredPublicKeys;
    private volatile Key key;

    /** A key pair with its id: the RFC 7638 thumbprint of its public JWK. */
    public record Key(String kid, PublicKey publicKey, PrivateKey privateKey) {}

    SigningKeys(
            EntityManager entityManager,
            @ConfigProperty(name = "chuanyu.training.signing.private-key") Optional<String> configuredPrivateKey,
            @ConfigProperty(name = "chuanyu.training.signing.public-key") Optional<String> configuredPublicKey,
            @ConfigProperty(name = "chuanyu.training.signing.retired-public-keys")
                    Optional<List<String>> retiredPublicKeys) {
        this.entityManager = entityManager;
        this.configuredPrivateKey = configuredPrivateKey;
        this.configuredPublicKey = configuredPublicKey;
        this.retiredPublicKeys = retiredPublicKeys.orElse(List.of());
    }

    /** A public key that verifies credentials, by its id. */
    public record PublishedKey(String kid, PublicKey publicKey) {

        public Map<String, String> jwk() {
            return Map.of(
                    "kty", "OKP", "crv", "Ed25519", "x", x(publicKey), "kid", kid, "use", "sig", "alg", ALGORITHM);
        }
    }

    /** At start, so that the first start generates the key and a bad configured key stops the service at once. */
    void load(@Observes StartupEvent startup) {
        current();
        retiredPublicKeys.forEach(SigningKeys::publicKey);
    }

    /** The keys a credential may name: the current one first, then the retired ones. */
    public List<PublishedKey> published() {
        Key active = current();
        Map<String, PublishedKey> keys = new LinkedHashMap<>();
        keys.put(active.kid(), new PublishedKey(active.kid(), active.publicKey()));
        retiredPublicKeys.stream().map(SigningKeys::publicKey).forEach(k -> keys.putIfAbsent(thumbprint(k), of(k)));
        List<?> stored = QuarkusTransaction.joiningExisting()
                .call(() -> entityManager
                        .createNativeQuery("select public_key from signing_key order by created_at desc")
                        .getResultList());
        for (Object row : stored) {
            PublicKey k = publicKey((String) row);
            keys.putIfAbsent(thumbprint(k), of(k));
        }
        return List.copyOf(keys.values());
    }

    private static PublishedKey of(PublicKey publicKey) {
        return new PublishedKey(thumbprint(publicKey), publicKey);
    }

    public Key current() {
        Key loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = configuredPrivateKey.isPresent() && configuredPublicKey.isPresent()
                            ? fromConfig(configuredPrivateKey.get(), configuredPublicKey.get())
                            : QuarkusTransaction.requiringNew().call(this::storedOrGenerated);
                }
                loaded = key;
            }
        }
        return loaded;
    }

    public String sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(current().privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the platform key", e);
        }
    }

    /** Whether the signature is the published key's over the input (what a third party does with the JWKS). */
    public static boolean verify(PublishedKey key, String signingInput, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.publicKey());
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Key storedOrGenerated() {
        Key stored = stored();
        if (stored != null) {
            return stored;
        }
        KeyPair pair = generate();
        String kid = thumbprint(pair.getPublic());
        // another replica may be generating at the same moment: the unique active key decides, and we read the winner
        int inserted = entityManager
                .createNativeQuery("""
                insert into signing_key (kid, algorithm, public_key, private_key, active, created_at)
                values (?1, ?2, ?3, ?4, true, now()) on conflict do nothing""")
                .setParameter(1, kid)
                .setParameter(2, ALGORITHM)
                .setParameter(
                        3, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                .setParameter(
                        4, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                .executeUpdate();
        if (inserted == 1) {
            LOG.infof("Generated the certificate signing key %s and stored it in the database", kid);
        }
        return stored();
    }

    private Key stored() {
        List<?> rows = entityManager
                .createNativeQuery("select kid, public_key, private_key from signing_key where active")
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return fromConfig((String) row[2], (String) row[1]);
    }

    private static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A retired certificate signing key is not a base64 X.509 Ed25519 key", e);
        }
    }

    private static Key fromConfig(String privateKeyBase64, String publicKeyBase64) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64.strip())));
            PublicKey publicKey = factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64.strip())));
            return new Key(thumbprint(publicKey), publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The certificate signing key is not a base64 PKCS#8/X.509 Ed25519 key pair", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate Ed25519 keys", e);
        }
    }

    /** The raw public key, base64url: the JWK's {@code x}. */
    static String x(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        return BASE64URL.encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    /** The public key a JWK's {@code x} stands for. */
    public static PublicKey fromX(String x) throws GeneralSecurityException {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static String thumbprint(PublicKey publicKey) {
        String canonical = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x(publicKey) + "\"}";
        try {
            return BASE64URL.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
