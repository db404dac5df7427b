package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published releases (定期发布), public and immutable; identified by the id of the round they release. */
@Path(ReleaseResource.PATH)
@Tag(name = "Releases", description = "定期发布: the published, immutable lists of each collection round")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReleaseResource {

    static final String PATH = "/api/alliance/releases";

    private final Releases releases;

    ReleaseResource(Releases releases) {
        this.releases = releases;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listReleases", summary = "Published releases, newest first, with their counts")
    public PageOf<ReleaseSummary> list(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return releases.releases(page, size);
    }

    @GET
    @Path("/{roundId}")
    @PermitAll
    @Operation(
            operationId = "getRelease",
            summary = "Read a release: counts per kind and per zone, and its items",
            description = "The items are as they were at publication, ordered by kind, zone and title; kind and zone "
                    + "filter them, the counts always cover the whole release.")
    @APIResponse(responseCode = "200", description = "The release")
    @APIResponse(responseCode = "404", description = "No such round, or it is not published")
    public ReleaseView get(
            @Parameter(description = "the id of the round the release publishes") @PathParam("roundId") UUID roundId,
            @Parameter(description = "only items of this kind") @QueryParam("kind") BoardItemKind kind,
            @Parameter(description = "only this zone's items: its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone) {
        return releases.release(roundId, kind, zone);
    }
}
