package cn.chuanyu.training.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's public certificate-signing key, so that anyone can verify credentials offline. */
@Path("/api/training/certificate-keys")
@Tag(name = "Certificate verification")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateKeyResource {

    private final SigningKeys keys;

    CertificateKeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "getCertificateKeys",
            summary = "The certificate-signing public key as a JWKS (Ed25519, alg EdDSA)",
            description = "Public. A credential's JWS header names its key by kid.")
    public Map<String, List<Map<String, String>>> jwks() {
        return Map.of("keys", List.of(keys.current().jwk()));
    }
}
