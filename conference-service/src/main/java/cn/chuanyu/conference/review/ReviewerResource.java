package cn.chuanyu.conference.review;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public record ReviewerView(String username, String name, String orcid, String institution, Region region) {
        static ReviewerView of(ExpertReviewer r) {
            return new ReviewerView(r.username, r.name, r.orcid, r.institution, r.region);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerReviewer", summary = "Register an expert reviewer (organisers)")
    @APIResponseSchema(value = ReviewerView.class, responseCode = "201", responseDescription = "Registered")
    public Response register(@Valid @NotNull RegisterReviewerRequest request) {
        ExpertReviewer reviewer = reviews.register(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/reviewers/" + reviewer.username))
                .entity(ReviewerView.of(reviewer))
                .build();
    }

    @GET
    @Operation(operationId = "listReviewers", summary = "List the expert reviewers (organisers)")
    public List<ReviewerView> list() {
        return reviews.reviewers().stream().map(ReviewerView::of).toList();
    }
}
