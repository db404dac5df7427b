package cn.chuanyu.conference.review;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.PageOf;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/reviewers")
@Tag(name = "Review")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.ORGANISER)
public class ReviewerResource {

    private final Reviews reviews;
    private final SecurityIdentity identity;

    ReviewerResource(Reviews reviews, SecurityIdentity identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    @Schema(description = "An expert reviewer", example = """
            {"username": "reviewer", "name": "陈娟", "orcid": null, "institution": "重庆医科大学", "region": "CHONGQING",
             "expertise": ["作物遗传育种"], "declaredInstitutions": [], "registeredAt": "2020-11-01T02:00:00Z"}""")
    public record ReviewerView(
            @Schema(description = "the expert's login user name; identifies the reviewer in assignments")
            String username,

            @Schema(description = "the expert's name") String name,

            @Schema(nullable = true, description = "the expert's ORCID iD; null if not given")
            String orcid,

            @Schema(description = "the expert's institution")
            String institution,

            @Schema(description = "where the institution is")
            Region region,

            @Schema(description = "topics the expert declared they know; empty until they do")
            List<String> expertise,

            @Schema(description = "institutions the expert declared a conflict of interest with, beyond their own")
            List<String> declaredInstitutions,

            @Schema(description = "when the expert was registered")
            Instant registeredAt) {
        static ReviewerView of(ExpertReviewer r) {
            return new ReviewerView(
                    r.username,
                    r.name,
                    r.orcid,
                    r.institution,
                    r.region,
                    List.copyOf(r.expertise),
                    List.copyOf(r.declaredInstitutions),
                    r.registeredAt);
        }
    }

    @Schema(description = "What you know and whom you must not judge; replaces what you declared before", example = """
            {"expertise": ["作物遗传育种", "基因组学"], "declaredInstitutions": ["四川农业大学"]}""")
    public record ProfileRequest(
            @Schema(description = "topics you know, up to 30, each up to 50 characters; matched with papers' keywords")
            @NotNull
            @Size(max = 30)
            List<@NotBlank @Size(max = 50) String> expertise,

            @Schema(
                    description = "institutions you have a conflict of interest with, up to 20, each up to 200 "
                            + "characters; compared ignoring width, case, spacing and punctuation")
            @NotNull
            @Size(max = 20)
            List<@NotBlank @Size(max = 200) String> declaredInstitutions) {}

    @PUT
    @Path("/me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "declareReviewerProfile",
            summary = "Declare your expertise and the institutions you have a conflict with (experts)",
            description = "Registered experts only, for themselves (403 otherwise). Expertise raises your affinity to "
                    + "papers in assignment proposals; a declared institution keeps its authors' papers from you.")
    @APIResponse(responseCode = "200", description = "Your profile as recorded")
    public ReviewerView declareProfile(@Valid @NotNull ProfileRequest request) {
        return ReviewerView.of(reviews.declareProfile(
                Caller.of(identity).user(), request.expertise(), request.declaredInstitutions()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerReviewer",
            summary = "Register an expert reviewer (organisers)",
            description = "The user name must be unique among reviewers (409 otherwise).")
    @APIResponseSchema(value = ReviewerView.class, responseCode = "201", responseDescription = "Registered")
    public Response register(@Valid @NotNull RegisterReviewerRequest request) {
        ExpertReviewer reviewer = reviews.register(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/reviewers/" + reviewer.username))
                .entity(ReviewerView.of(reviewer))
                .build();
    }

    @GET
    @Operation(
            operationId = "listReviewers",
            summary = "List the expert reviewers (organisers)",
            description = "Page by page, by user name.")
    @APIResponse(responseCode = "200", description = "One page of reviewers")
    public PageOf<ReviewerView> list(
            @Parameter(description = "zero-based page index, at most 1,000,000")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "page size, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return reviews.reviewers(page, size).map(ReviewerView::of);
    }
}
