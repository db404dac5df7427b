package cn.chuanyu.conference.statistics;

import cn.chuanyu.conference.statistics.CrossRegionStatistics.Report;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/statistics/cross-region/{conferenceId}")
@Tag(name = "Statistics", description = "Cross-region (Sichuan–Chongqing) co-authorship")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
public class CrossRegionStatisticsResource {

    private final CrossRegionStatistics statistics;

    CrossRegionStatisticsResource(CrossRegionStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(
            operationId = "getCrossRegionStatistics",
            summary = "Share of a conference's papers with authors from both Sichuan and Chongqing, "
                    + "overall and per institution",
            description = "Public. Computed from the papers submitted so far, whatever their state.")
    @APIResponse(responseCode = "200", description = "The figures")
    public Report report(@Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        return statistics.of(conferenceId);
    }
}
