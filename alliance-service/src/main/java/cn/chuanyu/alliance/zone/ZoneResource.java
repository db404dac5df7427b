package cn.chuanyu.alliance.zone;

import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/zones")
@Tag(name = "Zones", description = "The 12 national high-tech zones of the alliance")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
public class ZoneResource {

    @Schema(description = "A member zone", example = """
            {"code": "chengdu", "name": "成都高新区", "region": "SICHUAN", "joinedOn": "2020-12-06"}""")
    public record ZoneView(
            @Schema(description = "the zone's code, what other resources name it by, e.g. chengdu")
            String code,

            @Schema(description = "the zone's name, e.g. 成都高新区")
            String name,

            @Schema(description = "the province-level region it lies in")
            ZoneRegion region,

            @Schema(description = "when it joined the alliance")
            LocalDate joinedOn) {
        static ZoneView of(Zone zone) {
            return new ZoneView(zone.code, zone.name, zone.region, zone.joinedOn);
        }
    }

    @GET
    @Operation(
            operationId = "listZones",
            summary = "List the alliance's member zones, by code",
            description = "The alliance's 12 zones: a fixed list, not paged.")
    public List<ZoneView> list() {
        return Zone.<Zone>listAll(Sort.by("code")).stream().map(ZoneView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getZone", summary = "Read one member zone")
    public ZoneView get(
            @Parameter(description = "the zone's code, e.g. chengdu") @PathParam("code") @Size(max = 30) String code) {
        Zone zone = Zone.findById(code);
        if (zone == null) {
            throw ProblemException.notFound("zone", code);
        }
        return ZoneView.of(zone);
    }
}
