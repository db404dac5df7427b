package cn.chuanyu.conference.award;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.json.MultiLine;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @Schema(description = "An award to grant to an accepted paper of the conference", example = """
            {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "grade": "SPECIAL", \
            "citation": "高性能无机钙钛矿太阳能电池的原创性研究"}""")
    public record GrantRequest(
            @Schema(description = "the id of an accepted paper of this conference") @NotNull
            UUID paperId,

            @Schema(description = "the award's grade; its quota must not be exhausted") @NotNull
            AwardGrade grade,

            @Schema(nullable = true, description = "why the paper is awarded; multi-line, optional")
            @Size(max = 1000)
            @MultiLine
            String citation) {}

    /** Named as the grades are, so that a field error names the JSON property. */
    @Schema(description = "The quota to set per grade: how many awards of it may be granted", example = """
            {"SPECIAL": 1, "FIRST": 3, "SECOND": 5, "THIRD": 10}""")
    public record QuotaRequest(
            @Schema(nullable = true, description = "quota of 特等奖, 0 to 1000; absent or null: unchanged")
            @Min(0)
            @Max(1000)
            Integer SPECIAL,

            @Schema(nullable = true, description = "quota of 一等奖, 0 to 1000; absent or null: unchanged")
            @Min(0)
            @Max(1000)
            Integer FIRST,

            @Schema(nullable = true, description = "quota of 二等奖, 0 to 1000; absent or null: unchanged")
            @Min(0)
            @Max(1000)
            Integer SECOND,

            @Schema(nullable = true, description = "quota of 三等奖, 0 to 1000; absent or null: unchanged")
            @Min(0)
            @Max(1000)
            Integer THIRD) {

        Map<AwardGrade, Integer> asMap() {
            Map<AwardGrade, Integer> quotas = new EnumMap<>(AwardGrade.class);
            put(quotas, AwardGrade.SPECIAL, SPECIAL);
            put(quotas, AwardGrade.FIRST, FIRST);
            put(quotas, AwardGrade.SECOND, SECOND);
            put(quotas, AwardGrade.THIRD, THIRD);
            return quotas;
        }

        private static void put(Map<AwardGrade, Integer> quotas, AwardGrade grade, Integer quota) {
            if (quota != null) {
                quotas.put(grade, quota);
            }
        }
    }

    @Schema(
            description = "The quota in force per grade; 0 where none was set (no award of it can be granted)",
            example = """
            {"SPECIAL": 1, "FIRST": 3, "SECOND": 0, "THIRD": 0}""")
    public record QuotaView(
            @Schema(description = "quota of 特等奖") int SPECIAL,

            @Schema(description = "quota of 一等奖") int FIRST,

            @Schema(description = "quota of 二等奖") int SECOND,

            @Schema(description = "quota of 三等奖") int THIRD) {

        static QuotaView of(Map<AwardGrade, Integer> quotas) {
            return new QuotaView(
                    quotas.getOrDefault(AwardGrade.SPECIAL, 0),
                    quotas.getOrDefault(AwardGrade.FIRST, 0),
                    quotas.getOrDefault(AwardGrade.SECOND, 0),
                    quotas.getOrDefault(AwardGrade.THIRD, 0));
        }
    }

    @Schema(description = "An author of an awarded paper, as the public list shows them")
    public record AuthorLine(
            @Schema(description = "the author's name") String name,

            @Schema(description = "the author's institution")
            String institution,

            @Schema(description = "where the institution is")
            Region region) {}

    @Schema(description = "An excellent-paper award", example = """
            {"id": "5c3a1e7f-9b2d-4f6a-8c0e-2d4f6a8c0e1b", "conferenceId": "6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f",
             "grade": "SPECIAL", "paperId": "0f8fad5b-d9cb-469f-a165-70867728950e",
             "title": "高性能无机钙钛矿太阳能电池", "authors": [{"name": "臧志刚", "institution": "重庆大学光电工程学院",
             "region": "CHONGQING"}], "citation": null, "grantedAt": "2020-12-10T02:00:00Z"}""")
    public record AwardView(
            @Schema(description = "the award's id") UUID id,

            @Schema(description = "the id of the conference whose award it is")
            UUID conferenceId,

            @Schema(description = "the award's grade") AwardGrade grade,
            @Schema(description = "the awarded paper's id") UUID paperId,

            @Schema(description = "the awarded paper's title")
            String title,

            @Schema(description = "the paper's authors in author order")
            List<AuthorLine> authors,

            @Schema(nullable = true, description = "why the paper is awarded; null if not given")
            String citation,

            @Schema(description = "when the award was granted")
            Instant grantedAt) {
        static AwardView of(PaperAward award, Paper paper) {
            return new AwardView(
                    award.id,
                    award.conferenceId,
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

    @Schema(description = "A conference's excellent-paper awards, highest grade first")
    public record AwardList(
            @Schema(description = "the conference's id") UUID conferenceId,

            @Schema(description = "whether the awards are announced, hence public")
            boolean announced,

            @Schema(description = "the awards, highest grade first, then in the order granted; at most the quotas")
            List<AwardView> awards) {}

    @GET
    @PermitAll
    @Operation(
            operationId = "listAwards",
            summary = "The conference's excellent-paper awards, highest grade first",
            description = "Public (no login) once announced; before that, organisers only.")
    @APIResponse(responseCode = "200", description = "The awards")
    @APIResponse(responseCode = "404", description = "No such conference, or its awards are not announced yet")
    public AwardList list(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        boolean announced = awards.announced(conferenceId);
        List<PaperAward> visible = awards.visible(conferenceId, announced, Caller.of(identity));
        Map<UUID, Paper> papers = awards.papersOf(visible);
        return new AwardList(
                conferenceId,
                announced,
                visible.stream()
                        .map(award -> AwardView.of(award, papers.get(award.paperId)))
                        .toList());
    }

    @PUT
    @Path("/quotas")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "setAwardQuotas",
            summary = "Set how many awards of each grade may be granted",
            description = "Organisers only. Grades left out keep their quota; a quota below the awards of that grade "
                    + "already granted is refused with 409.")
    @APIResponse(responseCode = "200", description = "The quota of each grade now in force")
    @APIResponse(responseCode = "409", description = "A quota below the awards already granted")
    public QuotaView setQuotas(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull QuotaRequest quotas) {
        return QuotaView.of(awards.setQuotas(conferenceId, quotas.asMap()));
    }

    @POST
    @Path("/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "grantAward",
            summary = "Grant an award to an accepted paper, within the grade's quota",
            description = "Organisers only. A paper has at most one award (409 otherwise); it must be accepted and "
                    + "belong to this conference, and the grade's quota must not be exhausted. "
                    + "Emits cn.chuanyu.conference.paper.awarded.v1.")
    @APIResponseSchema(value = AwardView.class, responseCode = "201", responseDescription = "Granted")
    @APIResponse(responseCode = "409", description = "Quota exhausted, paper not accepted, or already awarded")
    public Response grant(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull GrantRequest request) {
        PaperAward award = awards.grant(
                conferenceId,
                request.paperId(),
                request.grade(),
                request.citation(),
                Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/awards/" + conferenceId))
                .entity(AwardView.of(award, Paper.findById(award.paperId)))
                .build();
    }

    @POST
    @Path("/announcement")
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "announceAwards",
            summary = "Announce the awards: the list becomes public",
            description = "Organisers only. Announcing again changes nothing.")
    @APIResponse(responseCode = "200", description = "The awards, now public")
    public AwardList announce(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        awards.announce(conferenceId, Caller.of(identity).user());
        return list(conferenceId);
    }
}
