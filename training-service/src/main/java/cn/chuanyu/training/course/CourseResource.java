package cn.chuanyu.training.course;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/courses")
@Tag(name = "Courses", description = "课程: a programme's courses (online and offline) and their teaching sessions")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CourseResource {

    private final Courses courses;
    private final SecurityIdentity identity;

    CourseResource(Courses courses, SecurityIdentity identity) {
        this.courses = courses;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createCourse",
            summary = "Add a course to a programme",
            description = "Training administrators only. The course runs within the programme's dates; a programme "
                    + "taught only online (or only offline) has only courses taught that way. Nothing about a course "
                    + "must be unique (titles may repeat); its id is generated.")
    @APIResponseSchema(
            value = CourseView.class,
            responseCode = "201",
            responseDescription = "Created; Location names the course")
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, dates outside the programme (invalid-dates), "
                    + "or a mode the programme does not offer (mode-not-offered)")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response create(@Valid @NotNull CourseRequest request) {
        Course course = courses.create(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/training/courses/" + course.id))
                .entity(CourseView.of(course, true))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "editCourse",
            summary = "Edit a course, sending back the version you read",
            description = "Training administrators only. The programme cannot change (programme-not-changeable); the "
                    + "course's sessions must still fall within its days.")
    @APIResponse(responseCode = "200", description = "The edited course")
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, no version (version-required), another programme "
                    + "(programme-not-changeable), dates outside the programme (invalid-dates) or a mode the "
                    + "programme does not offer (mode-not-offered)")
    @APIResponse(
            responseCode = "409",
            description = "Changed since you read it (concurrent-modification), or sessions "
                    + "would fall outside its new days (sessions-outside-course)")
    public CourseView edit(
            @Parameter(description = "the course") @PathParam("id") UUID id, @Valid @NotNull CourseRequest request) {
        return CourseView.of(courses.edit(id, request), true);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            operationId = "getCourse",
            summary = "Read one course",
            description = "Public; the instructor's account only for administrators and the instructor.")
    @APIResponse(responseCode = "200", description = "The course")
    public CourseView get(@Parameter(description = "the course") @PathParam("id") UUID id) {
        Course course = courses.get(id);
        return CourseView.of(course, showsAccount(course));
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listCourses",
            summary = "List courses in schedule order",
            description = "Public. `programmeId` keeps one programme's courses; `mine=true` (instructors) keeps the "
                    + "caller's own courses.")
    @APIResponse(responseCode = "200", description = "A page of courses")
    @APIResponse(responseCode = "401", description = "mine=true without a token")
    public PageOf<CourseView> list(
            @Parameter(description = "only this programme's courses") @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "only the courses the caller teaches") @QueryParam("mine") @DefaultValue("false")
                    boolean mine,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        String instructor = mine ? signedIn().user() : null;
        return courses.list(programmeId, instructor, page, size).map(c -> CourseView.of(c, showsAccount(c)));
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ADMIN, Caller.INSTRUCTOR})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "addSession",
            summary = "Schedule a teaching session of a course",
            description = "The course's own instructor or a training administrator. The session falls on the "
                    + "course's days, counted in Asia/Shanghai whatever offset the times are sent with. Nothing about "
                    + "a session must be unique; its id is generated.")
    @APIResponseSchema(
            value = SessionView.class,
            responseCode = "201",
            responseDescription = "Scheduled; Location names the session")
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, or a time outside the course's days (invalid-session-time)")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    public Response addSession(
            @Parameter(description = "the course") @PathParam("id") UUID courseId,
            @Valid @NotNull SessionRequest request) {
        CourseSession session = courses.addSession(courseId, request, Caller.of(identity));
        return Response.created(URI.create("/api/training/courses/" + courseId + "/sessions/" + session.id))
                .entity(SessionView.of(session))
                .build();
    }

    @GET
    @Path("/{id}/sessions")
    @PermitAll
    @Operation(
            operationId = "listSessions",
            summary = "A course's sessions in time order, page by page",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "A page of the course's sessions")
    public PageOf<SessionView> sessions(
            @Parameter(description = "the course") @PathParam("id") UUID courseId,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        courses.get(courseId);
        return courses.sessions(courseId, page, size).map(SessionView::of);
    }

    @PUT
    @Path("/{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ADMIN, Caller.INSTRUCTOR})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "editSession",
            summary = "Reschedule a session, sending back the version you read",
            description = "The course's own instructor or a training administrator. A session with attendance "
                    + "recorded keeps its time (attendance-recorded); its topic and location may change.")
    @APIResponse(responseCode = "200", description = "The edited session")
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, no version (version-required), or a time outside the course's days "
                    + "(invalid-session-time)")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(
            responseCode = "409",
            description = "Changed since you read it (concurrent-modification), or moved with attendance recorded "
                    + "(attendance-recorded)")
    public SessionView editSession(
            @Parameter(description = "the course") @PathParam("id") UUID courseId,
            @Parameter(description = "the session") @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionRequest request) {
        return SessionView.of(courses.editSession(courseId, sessionId, request, Caller.of(identity)));
    }

    @DELETE
    @Path("/{id}/sessions/{sessionId}")
    @RolesAllowed({Caller.ADMIN, Caller.INSTRUCTOR})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "removeSession",
            summary = "Cancel a session",
            description = "The course's own instructor or a training administrator; not once attendance is recorded.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "403", description = "Not this course's instructor")
    @APIResponse(responseCode = "409", description = "Attendance is recorded for it (attendance-recorded)")
    public void removeSession(
            @Parameter(description = "the course") @PathParam("id") UUID courseId,
            @Parameter(description = "the session") @PathParam("sessionId") UUID sessionId) {
        courses.removeSession(courseId, sessionId, Caller.of(identity));
    }

    private Caller signedIn() {
        Caller caller = Caller.of(identity);
        if (caller == null) {
            throw new ProblemException(Status.UNAUTHORIZED, "unauthenticated", "sign-in-own-courses");
        }
        return caller;
    }

    private boolean showsAccount(Course course) {
        Caller caller = Caller.of(identity);
        return caller != null && (caller.admin() || caller.is(course.instructorAccount));
    }
}
