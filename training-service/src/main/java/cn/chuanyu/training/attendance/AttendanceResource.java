package cn.chuanyu.training.attendance;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
            description = "The course's own instructor or a training administrator, once the session has started. "
                    + "All or nothing: if any listed enrolment is not an enrolled trainee of the programme, "
                    + "nothing is recorded.")
    @APIResponse(responseCode = "200", description = "The session's attendance after recording")
    @APIResponse(responseCode = "400", description = "Invalid request, or a trainee listed twice (duplicate-attendee)")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(
            responseCode = "409",
            description = "Not enrolled trainees (not-enrolled), or the session has not started")
    public List<AttendanceView> record(
            @PathParam("sessionId") UUID sessionId, @Valid @NotNull AttendanceRequest request) {
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
            summary = "Who attended a session (the course's instructor, administrators)")
    @APIResponse(responseCode = "200", description = "The session's attendance")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    public List<AttendanceView> ofSession(@PathParam("sessionId") UUID sessionId) {
        return attendances.ofSession(sessionId, Caller.of(identity)).stream()
                .map(AttendanceView::of)
                .toList();
    }

    @DELETE
    @Path("/sessions/{sessionId}/{enrolmentId}")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "removeAttendance", summary = "Take back an attendance recorded in error")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("sessionId") UUID sessionId, @PathParam("enrolmentId") UUID enrolmentId) {
        attendances.remove(sessionId, enrolmentId, Caller.of(identity));
    }

    @GET
    @Path("/enrolments/{enrolmentId}")
    @RolesAllowed({Caller.TRAINEE, Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getAttendanceSummary",
            summary = "A trainee's attendance and attendance rate",
            description = "The trainee's own, or (instructors) of a programme they teach in. The rate is the sessions "
                    + "attended out of the programme's sessions held so far.")
    @APIResponse(responseCode = "200", description = "The trainee's attendance")
    @APIResponse(responseCode = "404", description = "No such enrolment, or not one you may see")
    public Attendances.Summary summary(@PathParam("enrolmentId") UUID enrolmentId) {
        return attendances.summary(enrolmentId, Caller.of(identity));
    }
}
