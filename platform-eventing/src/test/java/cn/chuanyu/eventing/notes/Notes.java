package cn.chuanyu.eventing.notes;

import cn.chuanyu.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The test application's writes: each change and its event in one transaction, as a service's would be. */
@ApplicationScoped
public class Notes {

    private final EntityManager entityManager;
    private final Outbox outbox;

    Notes(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public UUID write(String title) {
        Note note = Note.write(title);
        entityManager.persist(note);
        outbox.publish(NoteEvents.written(note));
        return note.id;
    }

    @Transactional
    public Note revise(UUID id, String title) {
        Note note = entityManager.find(Note.class, id);
        note.revise(title);
        outbox.publish(NoteEvents.revised(note));
        return note;
    }

    /** A change without an event (no outbox query flushes it on the way): only the commit, or a flush, writes it. */
    @Transactional
    public Note retitle(UUID id, String title) {
        Note note = entityManager.find(Note.class, id);
        note.title = title;
        return note;
    }

    @Transactional
    public void withdraw(UUID id) {
        Note note = entityManager.find(Note.class, id);
        note.withdraw();
        outbox.publish(NoteEvents.withdrawn(note));
    }
}
