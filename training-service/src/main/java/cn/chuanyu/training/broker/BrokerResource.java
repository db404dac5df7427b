package cn.chuanyu.training.broker;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/brokers")
@Tag(name = "Brokers", description = "技术经纪人: certified brokers' certificates and practice records")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BrokerResource {

    /** Who chooses brokers for signing (the alliance) or administers them, besides the broker themself. */
    private static final String[] WHO_LOOKS_UP_BROKERS = {
        Caller.ADMIN, "platform-admin", "alliance-secretariat", "zone-officer"
    };

    private final PracticeRecords records;
    private final SecurityIdentity identity;

    BrokerResource(PracticeRecords records, SecurityIdentity identity) {
        this.records = records;
        this.identity = identity;
    }

    @GET
    @Path("/{subject}")
    @RolesAllowed({Caller.TRAINEE, Caller.ADMIN, "platform-admin", "alliance-secretariat", "zone-officer"})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getBrokerProfile",
            summary = "A broker's profile: certificates and practice record",
            description = "For the broker themself, training and platform administrators, and the alliance's officers "
                    + "who choose brokers for signing; others get 404 (accounts are not public). "
                    + "The practice record counts the alliance projects signed for joint construction "
                    + "(签约共建) with the broker, learned once each from cn.chuanyu.alliance.project.stage-changed.v1; "
                    + "`page` and `size` page through them. Certificate statuses are today's in Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No certificate and no signed project for that account")
    public PracticeRecords.BrokerProfile profile(
            @Parameter(description = "the broker's account, e.g. zhangsan") @PathParam("subject") @Size(max = 100)
                    String subject,
            @Parameter(description = "zero-based page index of the signed projects")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    int page,
            @Parameter(description = "page size of the signed projects, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        if (!Caller.of(identity).is(subject)
                && Arrays.stream(WHO_LOOKS_UP_BROKERS).noneMatch(identity::hasRole)) {
            throw ProblemException.notFound("broker", subject);
        }
        return records.profile(subject, page, size);
    }
}
