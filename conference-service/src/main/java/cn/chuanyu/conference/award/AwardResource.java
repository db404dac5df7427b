package cn.chuanyu.conference.award;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/awards/{conferenceId}")
@Tag(name = "Awards", description = "优秀论文: excellent-paper awards in grades, with quotas; public once announced")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AwardResource {

    private final Awards awards;
    private final SecurityIdentity identity;

    AwardResource(Awards awards, SecurityIdentity identity) {
        this.awards = awards;
        this.identity = identity;
    }

    @Schema(example = """
            {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "grade": "SPECIAL", \
            "citation": "高性能无机钙钛矿太阳能电池的原创性研究"}""")
    public record GrantRequest(
            @NotNull UUID paperId,
            @NotNull AwardGrade grade,
            @Size(max = 1000) String citation) {}

    public record AuthorLine(String name, String institution, Region region) {}

    public record AwardView(
            UUID id,
            AwardGrade grade,
            UUID paperId,
            String title,
            List<AuthorLine> authors,
            String citation,
            Instant grantedAt) {
        static AwardView of(PaperAward award) {
            Paper paper = Paper.findById(award.paperId);
            return new AwardView(
                    award.id,
                    award.grade,
                    paper.id,
                    paper.title,
                    paper.authors.stream()
                            .map(a -> new AuthorLine(a.name(), a.institution(), a.region()))
                            .toList(),
                    award.citation,
                    award.grantedAt);
        }
    }

    public record AwardList(UUID conferenceId, boolean announced, List<AwardView> awards) {}

    @GET
    @PermitAll
    @Operation(
            operationId = "listAwards",
            summary = "The conference's excellent-paper awards, highest grade first",
            description = "Public (no login) once announced; before that, organisers only.")
    @APIResponse(responseCode = "200", description = "The awards")
    @APIResponse(responseCode = "404", description = "No such conference, or its awards are not announced yet")
    public AwardList list(@PathParam("conferenceId") UUID conferenceId) {
        List<AwardView> visible = awards.visible(conferenceId, Caller.of(identity)).stream()
                .map(AwardView::of)
                .toList();
        return new AwardList(conferenceId, awards.announced(conferenceId), visible);
    }

    @PUT
    @Path("/quotas")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "setAwardQuotas", summary = "Set how many awards of each grade may be granted")
    @APIResponse(responseCode = "200", description = "The quota of each grade now in force")
    @APIResponse(responseCode = "409", description = "A quota below the awards already granted")
    public Map<AwardGrade, Integer> setQuotas(
            @PathParam("conferenceId") UUID conferenceId,
            @NotEmpty Map<@NotNull AwardGrade, @NotNull @Min(0) @Max(1000) Integer> quotas) {
        return awards.setQuotas(conferenceId, quotas);
    }

    @POST
    @Path("/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "grantAward",
            summary = "Grant an award to an accepted paper, within the grade's quota",
            description = "Emits cn.chuanyu.conference.paper.awarded.v1.")
    @APIResponseSchema(value = AwardView.class, responseCode = "201", responseDescription = "Granted")
    @APIResponse(responseCode = "409", description = "Quota exhausted, paper not accepted, or already awarded")
    public Response grant(@PathParam("conferenceId") UUID conferenceId, @Valid @NotNull GrantRequest request) {
        PaperAward award = awards.grant(
                conferenceId,
                request.paperId(),
                request.grade(),
                request.citation(),
                Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/awards/" + conferenceId))
                .entity(AwardView.of(award))
                .build();
    }

    @POST
    @Path("/announcement")
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "announceAwards", summary = "Announce the awards: the list becomes public")
    public AwardList announce(@PathParam("conferenceId") UUID conferenceId) {
        awards.announce(conferenceId, Caller.of(identity).user());
        return list(conferenceId);
    }
}
