package cn.chuanyu.training.certificate;

import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's public certificate-signing key, so that anyone can verify credentials offline. */
@Path("/api/training/certificate-keys")
@Tag(name = "Certificate verification")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CertificateKeyResource {

    private final SigningKeys keys;

    CertificateKeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @Schema(description = "A JSON Web Key Set (RFC 7517) of the certificate-signing keys")
    public record Jwks(
            @Schema(
                    description =
                            "the keys: first the one that signs new credentials, then retired ones that still verify"
                                    + " credentials signed before a rotation")
            List<Jwk> keys) {}

    @Schema(description = "A public Ed25519 key as a JWK (RFC 8037)")
    public record Jwk(
            @Schema(description = "key type", example = "OKP")
            String kty,

            @Schema(description = "curve", example = "Ed25519")
            String crv,

            @Schema(description = "the public key, base64url", example = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")
            String x,

            @Schema(
                    description = "the key's id: its RFC 7638 thumbprint, named by a credential's JWS header",
                    example = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k")
            String kid,

            @Schema(description = "public key use", example = "sig")
            String use,

            @Schema(description = "the signing algorithm", example = "EdDSA")
            String alg) {

        static Jwk of(Map<String, String> jwk) {
            return new Jwk(
                    jwk.get("kty"), jwk.get("crv"), jwk.get("x"), jwk.get("kid"), jwk.get("use"), jwk.get("alg"));
        }
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "getCertificateKeys",
            summary = "The certificate-signing public keys as a JWKS (Ed25519, alg EdDSA)",
            description = "Public. A credential's JWS header names its key by kid; keys retired by a rotation stay"
                    + " listed so that earlier credentials still verify.")
    @APIResponse(responseCode = "200", description = "The JWKS")
    public Jwks jwks() {
        return new Jwks(keys.published().stream().map(k -> Jwk.of(k.jwk())).toList());
    }
}
