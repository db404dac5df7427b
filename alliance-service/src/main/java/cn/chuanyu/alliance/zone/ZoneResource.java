package cn.chuanyu.alliance.zone;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/zones")
@Tag(name = "Zones", description = "The 12 national high-tech zones of the alliance")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ZoneResource {

    /** A zone's code: lower-case Latin letters (pinyin), as the migration seeds them; anything else is a 400. */
    static final String CODE = "[a-z]{1,30}";

    private final ZoneModeration moderation;
    private final SecurityIdentity identity;

    ZoneResource(ZoneModeration moderation, SecurityIdentity identity) {
        this.moderation = moderation;
        this.identity = identity;
    }

    @Schema(description = "A member zone", example = """
            {"code": "chengdu", "name": "成都高新区", "region": "SICHUAN", "joinedOn": "2020-12-06",
             "moderationRequired": false}""")
    public record ZoneView(
            @Schema(description = "the zone's code, what other resources name it by, e.g. chengdu")
            String code,

            @Schema(description = "the zone's name, e.g. 成都高新区")
            String name,

            @Schema(description = "the province-level region it lies in")
            ZoneRegion region,

            @Schema(description = "when it joined the alliance")
            LocalDate joinedOn,

            @Schema(
                    description = "true when its officers' board items wait for the secretariat's approval "
                            + "(SUBMITTED) before publication")
            boolean moderationRequired) {
        static ZoneView of(Zone zone) {
            return new ZoneView(zone.code, zone.name, zone.region, zone.joinedOn, zone.moderationRequired);
        }
    }

    @Schema(description = "Whether a zone's board items need the secretariat's approval", example = """
            {"required": true}""")
    public record ModerationRequest(
            @Schema(
                    description = "true: an officer's publication waits for approval; false: it is published at "
                            + "once (items already submitted still wait)")
            @NotNull
            Boolean required) {}

    @GET
    @PermitAll
    @Operation(
            operationId = "listZones",
            summary = "List the alliance's member zones, by code",
            description = "The alliance's 12 zones: a fixed list, not paged.")
    public List<ZoneView> list() {
        return Zone.<Zone>listAll(Sort.by("code")).stream().map(ZoneView::of).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getZone", summary = "Read one member zone")
    public ZoneView get(
            @Parameter(description = "the zone's code, e.g. chengdu") @PathParam("code") @Pattern(regexp = CODE)
                    String code) {
        Zone zone = Zone.findById(code);
        if (zone == null) {
            throw ProblemException.notFound("zone", code);
        }
        return ZoneView.of(zone);
    }

    @PUT
    @Path("/{code}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "setZoneModeration",
            summary = "Require (or stop requiring) the secretariat's approval of a zone's board items (secretariat)",
            description = "Idempotent. With required true, an officer's publication of the zone's drafts moves them to "
                    + "SUBMITTED until the secretariat approves or returns them; the secretariat's own publications "
                    + "are never held. Items already submitted keep waiting when it is switched off. A change (not a "
                    + "repeat) emits cn.chuanyu.alliance.zone.moderation-changed.v1 (internal), which tells the zone's "
                    + "officers.")
    @APIResponse(responseCode = "200", description = "The zone, with its setting")
    @APIResponse(responseCode = "404", description = "No such zone")
    public ZoneView setModeration(
            @Parameter(description = "the zone's code, e.g. chengdu") @PathParam("code") @Pattern(regexp = CODE)
                    String code,
            @Valid @NotNull ModerationRequest request) {
        return ZoneView.of(moderation.set(code, request.required(), Caller.of(identity)));
    }
}
