package cn.chuanyu.eventing.notes;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** The test application's REST API, written as a service's: a create (201, Location, body, outbox event) and a read. */
@Path("/notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    /** A title starting with this makes the create take a second after its effect, before it answers. */
    public static final String SLOW = "slow:";
    /** A revision whose title starts with this changes the title without publishing an event. */
    public static final String QUIET = "quiet:";

    private final Notes notes;
    private final EntityManager entityManager;

    NoteResource(Notes notes, EntityManager entityManager) {
        this.notes = notes;
        this.entityManager = entityManager;
    }

    public record NoteRequest(@NotBlank @Size(max = 200) String title) {}

    public record NoteView(UUID id, String title, int revision, int version) {
        static NoteView of(Note note) {
            return new NoteView(note.id, note.title, note.revision, note.version);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@Valid @NotNull NoteRequest request) throws InterruptedException {
        UUID id = notes.write(request.title());
        if (request.title().startsWith(SLOW)) {
            Thread.sleep(1000);
        }
        return Response.created(URI.create("/notes/" + id))
                .entity(new NoteView(id, request.title(), 1, 0))
                .build();
    }

    /** A change answered with the note as the change left it: its version is the one the change committed. */
    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteView revise(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
        return NoteView.of(
                request.title().startsWith(QUIET)
                        ? notes.retitle(id, request.title())
                        : notes.revise(id, request.title()));
    }

    @GET
    @Path("/{id}")
    public NoteView read(@PathParam("id") UUID id) {
        Note note = entityManager.find(Note.class, id);
        if (note == null) {
            throw new NotFoundException();
        }
        return NoteView.of(note);
    }
}
