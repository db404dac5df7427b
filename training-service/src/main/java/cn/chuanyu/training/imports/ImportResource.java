package cn.chuanyu.training.imports;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemTexts;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of historical records, checked by the rules that apply to new ones. */
@Path("/api/training/imports")
@Tag(name = "Imports", description = "导入: historical records, checked by a dry run before anything is imported")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ImportResource {

    private final ScoreImports scores;
    private final EnrolmentImports enrolments;
    private final AttendanceImports attendance;
    private final SecurityIdentity identity;

    ImportResource(
            ScoreImports scores, EnrolmentImports enrolments, AttendanceImports attendance, SecurityIdentity identity) {
        this.scores = scores;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.identity = identity;
    }

    @POST
    @Path("/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importAttendance",
            summary = "Check, then import, historical attendance at a course's sessions",
            description = "Training administrators, and the course's own instructor (as for recordAttendance). A row "
                    + "breaking the schema is a 400 for the whole request, nothing imported; each other row, in "
                    + "order and meeting the rows before it, goes through recordAttendance's rules (a session of "
                    + "the course that has started, an enrolled trainee, a mode exactly when PRESENT or LATE) and "
                    + "one record per trainee and session: a trainee recorded at the session already is the row's "
                    + "already-recorded problem, not overwritten. The report lists every row's problems in the "
                    + "caller's language (Accept-Language: zh-CN by default, en). Without apply: true nothing is "
                    + "imported (a dry run); with it, all rows are imported in one transaction, only if no row has "
                    + "a problem, and trainees who can no longer reach the exam's minimum attendance are announced "
                    + "as recording announces them (attendance.minimum-unreachable.v1, once each).")
    @APIResponse(responseCode = "200", description = "The report: imported or not, and each row's problems")
    @APIResponse(
            responseCode = "400",
            description = "The request or a row breaks the schema ('errors' points at the fields): nothing imported")
    @APIResponse(responseCode = "403", description = "Not an administrator nor the course's instructor")
    @APIResponse(responseCode = "404", description = "No such course")
    @APIResponse(
            responseCode = "409",
            description = "Applied, a row was refused by a change made while the rows were checked: nothing imported")
    public ImportReport importAttendance(@Valid @NotNull AttendanceImport request, @Context HttpHeaders headers) {
        return attendance.run(request, Caller.of(identity), ProblemTexts.negotiate(headers));
    }

    @POST
    @Path("/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importEnrolments",
            summary = "Check, then import, historical enrolments in a programme",
            description = "Training administrators only. Each row, in order and meeting the rows before it, goes "
                    + "through the rules of enrolling that apply to history: the programme's capacity (the status a "
                    + "row claims must be what it gives) and one current enrolment per trainee; an ended programme "
                    + "takes them. A row breaking the schema (sizes, required fields, formats, a future enrolledAt) "
                    + "is a 400 for the whole request, nothing imported; the report lists every row's problems with "
                    + "these rules in the caller's language (Accept-Language: zh-CN by default, en). Without apply: "
                    + "true nothing is imported (a dry run); with it, all rows are imported in one transaction, each "
                    + "ENROLLED row emitting trainee.enrolled.v1, only if no row has a problem.")
    @APIResponse(responseCode = "200", description = "The report: imported or not, and each row's problems")
    @APIResponse(
            responseCode = "400",
            description = "The request or a row breaks the schema ('errors' points at the fields): nothing imported")
    @APIResponse(responseCode = "403", description = "Not a training administrator")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(
            responseCode = "409",
            description = "Applied, a row was refused by a change made while the rows were checked: nothing imported")
    public ImportReport importEnrolments(@Valid @NotNull EnrolmentImport request, @Context HttpHeaders headers) {
        return enrolments.run(request, ProblemTexts.negotiate(headers));
    }

    @POST
    @Path("/exam-scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importExamScores",
            summary = "Check, then import, historical scores of a sitting",
            description = "Training administrators, and instructors teaching in the sitting's programme (as for "
                    + "recordScore). A row breaking the schema (e.g. a score over 100) is a 400 for the whole "
                    + "request, nothing imported; each other row goes through recordScore's rules, and the report "
                    + "lists every row's problems in the caller's language (Accept-Language: zh-CN by default, "
                    + "en). Without apply: true nothing is imported (a dry run); with it, all rows are imported in one "
                    + "transaction, each emitting what recordScore emits (exam.passed.v1 or exam.failed.v1), "
                    + "only if no row has a problem.")
    @APIResponse(responseCode = "200", description = "The report: imported or not, and each row's problems")
    @APIResponse(
            responseCode = "400",
            description = "The request or a row breaks the schema ('errors' points at the fields): nothing imported")
    @APIResponse(responseCode = "403", description = "Not an administrator nor an instructor of the programme")
    @APIResponse(responseCode = "404", description = "No such sitting")
    @APIResponse(
            responseCode = "409",
            description = "Applied, a row was refused by a change made while the rows were checked: nothing imported")
    public ImportReport importScores(@Valid @NotNull ScoreImport request, @Context HttpHeaders headers) {
        return scores.run(request, Caller.of(identity), ProblemTexts.negotiate(headers));
    }
}
