package cn.chuanyu.alliance.seminar;

import cn.chuanyu.alliance.member.Actor;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Records seminars and reports, year by year, whether the charter's "at least one a year" was met. */
@Path("/api/alliance/seminars")
@Tag(name = "Seminars", description = "党建研讨会: at least one a year")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class Seminars {

    static final String TOPIC = "chuanyu.alliance.seminars";
    static final String HELD = "cn.chuanyu.alliance.seminar.held.v1";
    private final Outbox outbox;
    private final SecurityIdentity identity;

    Seminars(Outbox outbox, SecurityIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    @Schema(example = """
            {"title": "成渝地区双城经济圈国家高新区党建研讨会", "hostZone": "chengdu", "heldOn": "2020-12-06",
             "attendingZones": ["chongqing", "bishan", "deyang"], "summary": "联盟成立暨首次党建研讨会"}""")
    public record SeminarRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank String hostZone,
            @NotNull LocalDate heldOn,
            @NotEmpty @Size(max = 12) List<@NotBlank String> attendingZones,
            @Size(max = 5000) String summary) {}

    public record SeminarView(
            UUID id, String title, String hostZone, LocalDate heldOn, List<String> attendingZones, String summary) {
        static SeminarView of(Seminar s) {
            return new SeminarView(s.id, s.title, s.hostZone, s.heldOn, s.attendingZones, s.summary);
        }
    }

    /** One year of the report: how many seminars, and whether the "at least one" rule was met. */
    public record YearReport(int year, long seminars, boolean ruleMet) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Actor.SECRETARIAT, Actor.ZONE_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Transactional
    @Operation(
            operationId = "recordSeminar",
            summary = "Record a seminar held (its host zone's officers or the secretariat)",
            description = "Emits cn.chuanyu.alliance.seminar.held.v1.")
    @APIResponseSchema(value = SeminarView.class, responseCode = "201", responseDescription = "Recorded")
    public Response record(@Valid @NotNull SeminarRequest request) {
        Actor.of(identity).requireActsFor(request.hostZone());
        var zones = new LinkedHashSet<String>();
        zones.add(request.hostZone());
        zones.addAll(request.attendingZones());
        for (String zone : zones) {
            if (Zone.findById(zone) == null) {
                throw new ProblemException(
                        Status.BAD_REQUEST,
                        "unknown-zone",
                        "No such zone",
                        "'" + zone + "' is not one of the alliance's zones");
            }
        }
        var seminar = new Seminar();
        seminar.id = UUID.randomUUID();
        seminar.title = request.title().strip();
        seminar.hostZone = request.hostZone();
        seminar.heldOn = request.heldOn();
        seminar.attendingZones = new ArrayList<>(zones);
        seminar.summary = request.summary();
        seminar.recordedBy = identity.getPrincipal().getName();
        seminar.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        seminar.persist();
        outbox.publish(held(seminar));
        return Response.created(URI.create("/api/alliance/seminars/" + seminar.id))
                .entity(SeminarView.of(seminar))
                .build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSeminars", summary = "Seminars held, latest first")
    public List<SeminarView> list() {
        return Seminar.<Seminar>list("order by heldOn desc").stream()
                .map(SeminarView::of)
                .toList();
    }

    @GET
    @Path("/yearly-report")
    @PermitAll
    @Operation(operationId = "seminarYearlyReport", summary = "Per year, whether at least one seminar was held")
    public List<YearReport> report(
            @QueryParam("from") @Min(2020) @Max(2100) Integer from,
            @QueryParam("to") @Min(2020) @Max(2100) Integer to) {
        int first = from == null ? 2020 : from;
        int last = to == null ? LocalDate.now().getYear() : to;
        List<YearReport> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            long count = Seminar.count(
                    "heldOn >= ?1 and heldOn < ?2", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            years.add(new YearReport(year, count, count >= 1));
        }
        return years;
    }

    private static OutgoingEvent held(Seminar seminar) {
        Map<String, Object> data = new HashMap<>();
        data.put("seminarId", seminar.id.toString());
        data.put("title", seminar.title);
        data.put("hostZone", seminar.hostZone);
        data.put("heldOn", seminar.heldOn.toString());
        data.put("attendingZones", seminar.attendingZones);
        return new OutgoingEvent(TOPIC, HELD, "seminar", seminar.id.toString(), data);
    }
}
