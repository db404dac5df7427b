package cn.chuanyu.training.certificate;

import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The revocation lists (W3C Bitstring Status List v1.0) that credentials name in their credentialStatus: public, so
 * that verifiers check revocation offline and many credentials at once, and cheap to poll (ETag, 304).
 */
@Path(Credentials.STATUS_LISTS_PATH)
@Tag(name = "Certificate verification")
public class CertificateStatusListResource {

    /** VC-JOSE-COSE: a credential secured as a JWT. */
    static final String VC_JWT = "application/vc+jwt";

    private final StatusLists lists;
    private final Credentials credentials;
    private final SigningKeys keys;

    CertificateStatusListResource(StatusLists lists, Credentials credentials, SigningKeys keys) {
        this.lists = lists;
        this.credentials = credentials;
        this.keys = keys;
    }

    @GET
    @Path("/{list}")
    @PermitAll
    @Produces({VC_JWT, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "getCertificateStatusList",
            summary = "A revocation list of certificate credentials (W3C Bitstring Status List v1.0)",
            description = "Public. A BitstringStatusListCredential (statusPurpose revocation) signed like the "
                    + "certificates' credentials (compact JWS, EdDSA, key in /api/training/certificate-keys). Its "
                    + "encodedList holds 131,072 bits, GZIP-compressed, base64url without padding, with the Multibase "
                    + "prefix u; bit i (0 = the left-most bit of the first byte) is 1 when the certificate whose "
                    + "credentialStatus names this list and statusListIndex i is revoked. Set in the revocation's "
                    + "transaction. The ETag changes with every revocation and key rotation: send If-None-Match to get "
                    + "304 while nothing changed.")
    @APIResponse(
            responseCode = "200",
            description = "The signed status list credential",
            content =
                    @Content(
                            mediaType = VC_JWT,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            description =
                                                    "compact JWS whose payload is the BitstringStatusListCredential",
                                            example = "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpZCI6Ii4uLiJ9.c2ln")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such list (not-found)")
    public Response get(
            @Parameter(description = "the list's number, as in a credential's statusListCredential", example = "0")
                    @PathParam("list")
                    @Min(0)
                    @Max(Integer.MAX_VALUE)
                    int list,
            @Context Request request) {
        StatusLists.Snapshot snapshot = lists.snapshot(list);
        if (snapshot == null) {
            throw ProblemException.notFound("certificate-status-list", list);
        }
        var tag = new EntityTag(snapshot.list() + "." + snapshot.version() + "."
                + keys.current().kid());
        // clients may keep it, but must ask again before using it: a revocation must be seen at once
        var cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(credentials.signStatusList(snapshot), VC_JWT)
                .tag(tag)
                .cacheControl(cache)
                .build();
    }
}
