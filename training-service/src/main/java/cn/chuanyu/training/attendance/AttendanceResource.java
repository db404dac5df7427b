package cn.chuanyu.training.attendance;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/attendance")
@Tag(
        name = "Attendance",
        description = "考勤: attendance per session, online or offline, and each trainee's attendance rate")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AttendanceResource {

    private final Attendances attendances;
    private final SecurityIdentity identity;

    AttendanceResource(Attendances attendances, SecurityIdentity identity) {
        this.attendances = attendances;
        this.identity = identity;
    }

    @POST
    @Path("/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "recordAttendance",
            summary = "Record who attended a session, online or offline",
            description = "The course's own instructor or a training administrator, once the session has started "
                    + "(its start time has passed). All or nothing: if any listed enrolment is not an enrolled "
                    + "trainee of the programme, nothing is recorded. One record per session and enrolment: "
                    + "recording a trainee again updates the status, mode, note and who recorded it.")
    @APIResponse(
            responseCode = "200",
            description = "The records of the listed trainees after recording, by trainee account (at most 500, as "
                    + "many as listed); GET lists the whole session's page by page")
    @APIResponse(responseCode = "400", description = "Invalid request, or a trainee listed twice (duplicate-attendee)")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(
            responseCode = "409",
            description = "Not enrolled trainees (not-enrolled), or the session has not started")
    public List<AttendanceView> record(
            @Parameter(description = "the session (GET /api/training/courses/{courseId}/sessions lists them)")
                    @PathParam("sessionId")
                    UUID sessionId,
            @Valid @NotNull AttendanceRequest request) {
        return attendances.record(sessionId, request, Caller.of(identity)).stream()
                .map(AttendanceView::of)
                .toList();
    }

    @GET
    @Path("/sessions/{sessionId}")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getSessionAttendance",
            summary = "Who attended a session (the course's instructor, administrators)",
            description = "Page by page, by trainee account.")
    @APIResponse(responseCode = "200", description = "A page of the session's attendance")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    public PageOf<AttendanceView> ofSession(
            @Parameter(description = "the session") @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return attendances.ofSession(sessionId, Caller.of(identity), page, size).map(AttendanceView::of);
    }

    @DELETE
    @Path("/sessions/{sessionId}/{enrolmentId}")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "removeAttendance",
            summary = "Take back an attendance recorded in error",
            description = "The course's own instructor or a training administrator.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(responseCode = "404", description = "No such session, or no attendance of that enrolment at it")
    public void remove(
            @Parameter(description = "the session") @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "the enrolment whose attendance is taken back") @PathParam("enrolmentId")
                    UUID enrolmentId) {
        attendances.remove(sessionId, enrolmentId, Caller.of(identity));
    }

    @GET
    @Path("/enrolments/{enrolmentId}")
    @RolesAllowed({Caller.TRAINEE, Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getAttendanceSummary",
            summary = "A trainee's attendance and attendance rate",
            description = "The trainee's own, or (instructors) of a programme they teach in; administrators any. The "
                    + "rate is the sessions attended out of the programme's sessions held so far (started by now).")
    @APIResponse(responseCode = "200", description = "The trainee's attendance")
    @APIResponse(responseCode = "404", description = "No such enrolment, or not one you may see")
    public Attendances.Summary summary(
            @Parameter(description = "the trainee's enrolment") @PathParam("enrolmentId") UUID enrolmentId) {
        return attendances.summary(enrolmentId, Caller.of(identity));
    }
}
