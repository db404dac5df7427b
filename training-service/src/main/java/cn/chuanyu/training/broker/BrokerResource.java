package cn.chuanyu.training.broker;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.chuanyu.web.problem.Problem;

@Path("/api/training/brokers")
@Tag(name = "Brokers", description = "技术经纪人: certified brokers' certificates and practice records")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
public class BrokerResource {

    private final PracticeRecords records;

    BrokerResource(PracticeRecords records) {
        this.records = records;
    }

    @GET
    @Path("/{subject}")
    @PermitAll
    @Operation(operationId = "getBrokerProfile", summary = "A broker's profile: certificates and practice record",
            description = "Public. The practice record counts the alliance projects signed for joint construction "
                    + "(签约共建) with the broker, learned once each from cn.chuanyu.alliance.project.stage-changed.v1.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No certificate and no signed project for that account")
    public PracticeRecords.BrokerProfile profile(
            @Parameter(description = "the broker's account, e.g. zhangsan") @PathParam("subject") String subject) {
        return records.profile(subject);
    }
}
