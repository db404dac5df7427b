package cn.chuanyu.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How the broker checks partners' tokens: their signatures against the JSON Web Key Set in a file (Kafka reads it again
 * when it changes), their issuer, their audience ({@value EmbeddedKafka#PARTNER_AUDIENCE}) and expiry.
 *
 * @param jwksFile the key set; {@link #withoutKeys} writes an empty one, so that no token passes until the keys are
 *     there
 * @param issuer the {@code iss} every token must carry: the realm's URL
 */
public record PartnerTokenValidation(Path jwksFile, String issuer) {

    private static final String NO_KEYS = "{\"keys\":[]}";

    /** A key set file that accepts no token yet; {@link #updateKeys} fills it. */
    public static PartnerTokenValidation withoutKeys(Path jwksFile, String issuer) throws IOException {
        var validation = new PartnerTokenValidation(jwksFile, issuer);
        if (!Files.exists(jwksFile)) {
            validation.updateKeys(NO_KEYS);
        }
        return validation;
    }

    /** Replaces the key set at once (write and move), so the broker never reads half a file. */
    public void updateKeys(String jwks) throws IOException {
        Files.createDirectories(jwksFile.toAbsolutePath().getParent());
        Path next = jwksFile.resolveSibling(jwksFile.getFileName() + ".next");
        Files.writeString(next, jwks);
        Files.move(next, jwksFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
