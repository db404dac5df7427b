package cn.chuanyu.training.attendance;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self check-in: the instructor shows a changing code, trainees check in with it, the instructor watches the list. */
@Path("/api/training/attendance")
@Tag(name = "Attendance")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CheckInResource {

    private final CheckIns checkIns;
    private final SecurityIdentity identity;

    CheckInResource(CheckIns checkIns, SecurityIdentity identity) {
        this.checkIns = checkIns;
        this.identity = identity;
    }

    @GET
    @Path("/sessions/{sessionId}/check-in-code")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getCheckInCode",
            summary = "The check-in code and QR to show now (the course's instructor, administrators)",
            description = "A 6-digit code that changes every 30 seconds (HMAC-SHA256 of the session and the 30-second "
                    + "step with the session's secret), accepted during its step and the next; the QR carries it. "
                    + "The first call opens the session's self check-in: from then on, once the session has ended, "
                    + "the enrolled trainees who did not check in are recorded ABSENT. Online courses: also the join "
                    + "token for the meeting link.")
    @APIResponse(responseCode = "200", description = "The code to show now")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(responseCode = "404", description = "No such session")
    public CheckInCode code(@Parameter(description = "the session") @PathParam("sessionId") UUID sessionId) {
        return checkIns.code(sessionId, Caller.of(identity));
    }

    @POST
    @Path("/sessions/{sessionId}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.TRAINEE)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "checkIn",
            summary = "Check yourself in at a session, with the code shown or an online session's join token",
            description = "Trainees enrolled (ENROLLED) in the session's programme, while check-in is open: from "
                    + "chuanyu.training.check-in.opens-before (15 min) ahead of the start to the end, once the "
                    + "instructor has shown the code. PRESENT, or LATE after chuanyu.training.check-in.late-after (10 "
                    + "min) past the start. With the code: attended as the course is taught (online or offline); with "
                    + "the join token: online. Once per session: a second check-in, or one after the instructor "
                    + "recorded you, is refused (already-checked-in).")
    @APIResponseSchema(
            value = AttendanceView.class,
            responseCode = "201",
            responseDescription = "Checked in; Location is your attendance summary")
    @APIResponse(responseCode = "400", description = "Neither or both of code and joinToken (check-in-credential)")
    @APIResponse(responseCode = "403", description = "Not enrolled in the session's programme")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(
            responseCode = "409",
            description = "Check-in is not open (check-in-closed), or you are recorded already (already-checked-in)")
    @APIResponse(
            responseCode = "422",
            description = "Wrong or expired code, or a join token not of this online session (invalid-check-in-code)")
    public Response checkIn(
            @Parameter(description = "the session") @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull CheckInRequest request) {
        Attendance attendance = checkIns.checkIn(sessionId, request, Caller.of(identity));
        return Response.created(URI.create("/api/training/attendance/enrolments/" + attendance.enrolmentId))
                .entity(AttendanceView.of(attendance))
                .build();
    }

    @GET
    @Path("/sessions/{sessionId}/check-ins")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getCheckIns",
            summary = "Who has checked in so far, and who not yet (the course's instructor, administrators)",
            description = "The live list during check-in: poll it. Records latest first; trainees without a record by"
                    + " account.")
    @APIResponse(responseCode = "200", description = "The session's check-in so far")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(responseCode = "404", description = "No such session")
    public CheckInRoll checkIns(@Parameter(description = "the session") @PathParam("sessionId") UUID sessionId) {
        return checkIns.roll(sessionId, Caller.of(identity));
    }
}
