package cn.chuanyu.training.certificate;

import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemTexts;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of certificates: no login, nothing beyond what is printed on them. */
@Path("/api/training/certificate-verifications")
@Tag(
        name = "Certificate verification",
        description = "证书查验: anyone checks whether a certificate is valid, expired or revoked")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CertificateVerificationResource {

    private final Certificates certificates;

    CertificateVerificationResource(Certificates certificates) {
        this.certificates = certificates;
    }

    @Schema(description = "A signed credential to check", example = """
            {"credential": "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCIsImtpZCI6Ii4uLiJ9.eyJpc3MiOiIuLi4ifQ.c2lnbmF0dXJl"}""")
    public record CredentialRequest(
            @Schema(description = "the certificate's signed credential (compact JWS)") @NotBlank @Size(max = 20000)
            String credential) {}

    @GET
    @Path("/{number}")
    @PermitAll
    @Operation(
            operationId = "verifyCertificate",
            summary = "Check a printed certificate by its number and verification code",
            description = "Public. Answers VALID, EXPIRED (after its last valid day in Asia/Shanghai) or REVOKED with "
                    + "what is printed on the certificate, nothing more.")
    @APIResponse(responseCode = "200", description = "The certificate's status and printed details")
    @APIResponse(responseCode = "404", description = "No certificate with that number and code (certificate-not-found)")
    public Certificates.Verification verify(
            @Parameter(description = "the printed number", example = "NTTB-2020-000001")
                    @PathParam("number")
                    @Size(max = 40)
                    String number,
            @Parameter(description = "the verification code printed on it (case-insensitive)", example = "7K3M9QXP")
                    @QueryParam("code")
                    @Size(max = 12)
                    String code) {
        return certificates.verify(number, code);
    }

    @GET
    @Path("/{number}/page")
    @PermitAll
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(
            operationId = "getCertificateVerificationPage",
            summary = "The public verification page of a printed certificate (zh-CN HTML): the QR code's target",
            description = "Public, for people: what verifyCertificate answers, as a printable zh-CN HTML page without"
                    + " script.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate's status and printed details",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "No certificate with that number and code (certificate-not-found), as every error: a problem")
    public Response page(
            @Parameter(description = "the printed number", example = "NTTB-2020-000001")
                    @PathParam("number")
                    @Size(max = 40)
                    String number,
            @Parameter(description = "the verification code printed on it (case-insensitive)", example = "7K3M9QXP")
                    @QueryParam("code")
                    @Size(max = 12)
                    String code) {
        CacheControl noStore = new CacheControl();
        // the status may change any day: never kept by a browser or proxy
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(VerificationPage.of(certificates.verify(number, code)))
                .cacheControl(noStore)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(
            operationId = "verifyCredential",
            summary = "Check a signed credential",
            description = "Public. Checks the signature against the platform's published key (the same check anyone "
                    + "can do offline with /api/training/certificate-keys), then the certificate's status in the "
                    + "registry. An altered credential is not authentic; the reason is in the caller's language "
                    + "(Accept-Language: zh-CN by default, en).")
    @APIResponse(
            responseCode = "200",
            description = "authentic true with the certificate's status, or false with the problem")
    public Certificates.CredentialVerification verifyCredential(
            @Valid @NotNull CredentialRequest request, @Context HttpHeaders headers) {
        return certificates.verifyCredential(request.credential(), ProblemTexts.negotiate(headers));
    }
}
