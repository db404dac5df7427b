package cn.chuanyu.training.certificate;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.export.SheetDownload;
import cn.chuanyu.web.json.MultiLine;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/certificates")
@Tag(name = "Certificates", description = "结业证书: certificates of the national technology-transfer talent training base")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CertificateResource {

    static final String PDF = "application/pdf";

    private final Certificates certificates;
    private final PrintedCertificates printed;
    private final SecurityIdentity identity;
    private final TrainingClock clock;

    CertificateResource(
            Certificates certificates, PrintedCertificates printed, SecurityIdentity identity, TrainingClock clock) {
        this.certificates = certificates;
        this.printed = printed;
        this.identity = identity;
        this.clock = clock;
    }

    @Schema(description = "Whom to certify", example = """
            {"enrolmentId": "0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c"}""")
    public record IssueRequest(
            @Schema(description = "the enrolment of an enrolled trainee who passed the exam") @NotNull
            UUID enrolmentId) {}

    @Schema(description = "Whose trainees to certify", example = """
            {"programmeId": "4b1f6a2e-3c55-4a7e-9d0f-2f9c1a7b8e10"}""")
    public record IssueAllRequest(
            @Schema(description = "the programme whose passed trainees are certified") @NotNull
            UUID programmeId) {}

    @Schema(description = "Why a certificate is revoked", example = """
            {"reason": "经核查，持证人考试成绩存在舞弊行为"}""")
    public record RevokeRequest(
            @Schema(description = "the reason, shown to the holder and administrators; may span lines")
            @MultiLine
            @NotBlank
            @Size(max = 500)
            String reason) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "issueCertificate",
            summary = "Issue a certificate to a trainee who passed the exam",
            description = "Training administrators only. Issued today (the day in Asia/Shanghai) in the name of "
                    + "国家技术转移人才培养基地 with a number unique across the registry (NTTB-<year>-<sequence>), a "
                    + "verification code and a signed credential; valid for "
                    + "chuanyu.training.certificate.validity-years (3 by default). Unique: one certificate in force "
                    + "(not revoked) per enrolment. Emits cn.chuanyu.training.certificate.issued.v1.")
    @APIResponseSchema(
            value = CertificateView.class,
            responseCode = "201",
            responseDescription = "Issued; Location names the certificate")
    @APIResponse(responseCode = "404", description = "No such enrolment")
    @APIResponse(
            responseCode = "409",
            description = "Not passed (not-passed), or holds a certificate (already-certified)")
    public Response issue(@Valid @NotNull IssueRequest request) {
        Certificate certificate =
                certificates.issue(request.enrolmentId(), Caller.of(identity).user());
        return Response.created(URI.create("/api/training/certificates/" + certificate.id))
                .entity(CertificateView.of(certificate, clock.today()))
                .build();
    }

    @POST
    @Path("/issuance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "issueProgrammeCertificates",
            summary = "Certify every trainee of a programme who passed and holds none",
            description = "Training administrators only. Each certificate as with issueCertificate (issued today in "
                    + "Asia/Shanghai, one in force per enrolment); trainees certified already are skipped. The answer "
                    + "lists the certificates issued by this call: at most the programme's enrolled trainees.")
    @APIResponse(
            responseCode = "200",
            description = "The certificates issued now, in order of enrolment (empty if everyone is certified)")
    @APIResponse(responseCode = "404", description = "No such programme")
    public List<CertificateView> issueAll(@Valid @NotNull IssueAllRequest request) {
        return certificates.issueAll(request.programmeId(), Caller.of(identity).user()).stream()
                .map(c -> CertificateView.of(c, clock.today()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.TRAINEE, Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getCertificate",
            summary = "Read a certificate: your own (administrators: any)",
            description = "The status is the one of today in Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "The certificate")
    @APIResponse(responseCode = "404", description = "No such certificate, or not yours")
    public CertificateView get(@Parameter(description = "the certificate") @PathParam("id") UUID id) {
        return CertificateView.of(certificates.visible(id, Caller.of(identity)), clock.today());
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @RolesAllowed({Caller.TRAINEE, Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getCertificatePdf",
            summary = "The printable certificate (结业证书) as a PDF: your own (administrators: any)",
            description = "One A4 page: holder, programme, grade, number, issue and expiry dates, 主办 and 承办 (the "
                    + "programme's organisers and executors), the training base, the verification code and a QR code "
                    + "of the public verification page (getCertificateVerificationPage). The Chinese font is embedded "
                    + "(a subset), so it prints the same anywhere; a character the font lacks prints as 〓. Revoked "
                    + "certificates are not printed.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF (Content-Disposition names it: number and holder)",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such certificate, or not yours")
    @APIResponse(responseCode = "409", description = "Revoked: no longer printed (already-revoked)")
    public Response pdf(@Parameter(description = "the certificate") @PathParam("id") UUID id) {
        PrintedCertificates.Printed pdf = printed.pdf(id, Caller.of(identity));
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", SheetDownload.disposition(pdf.asciiName(), pdf.fileName()))
                .build();
    }

    @GET
    @RolesAllowed({Caller.TRAINEE, Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listCertificates",
            summary = "Your certificates (administrators: all, or one programme's)",
            description = "Latest first (one programme's: by number). Statuses are today's in Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "A page of certificates")
    public PageOf<CertificateView> list(
            @Parameter(description = "only this programme's certificates (administrators)") @QueryParam("programmeId")
                    UUID programmeId,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return certificates
                .list(programmeId, Caller.of(identity), page, size)
                .map(c -> CertificateView.of(c, clock.today()));
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "revokeCertificate",
            summary = "Revoke a certificate, with the reason",
            description = "Training administrators only; once. Verifiers then see REVOKED. Emits "
                    + "cn.chuanyu.training.certificate.revoked.v1.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "409", description = "Already revoked (already-revoked)")
    public CertificateView revoke(
            @Parameter(description = "the certificate") @PathParam("id") UUID id,
            @Valid @NotNull RevokeRequest request) {
        return CertificateView.of(
                certificates.revoke(id, request.reason(), Caller.of(identity).user()), clock.today());
    }
}
