package cn.chuanyu.eventing.notes;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The effect of note events in the consuming application: a copy of each note. Deliberately not idempotent itself (a
 * repeated "written" counts again and revives a withdrawn copy), so that only the inbox stands between a redelivery and
 * a wrong copy. Titles starting with {@link #ALWAYS_FAILS} or {@link #FAILS_ONCE} make the effect fail.
 */
@ApplicationScoped
public class NoteCopies {

    public static final String ALWAYS_FAILS = "always-fails:";
    public static final String FAILS_ONCE = "fails-once:";
    private static final Logger LOG = Logger.getLogger(NoteCopies.class);

    private final EntityManager entityManager;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    NoteCopies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void apply(IncomingEvent event) {
        String noteId = event.requiredText("noteId");
        switch (event.type()) {
            case NoteEvents.WRITTEN, NoteEvents.REVISED -> copy(event.id(), noteId, event.requiredText("title"));
            case NoteEvents.WITHDRAWN -> withdraw(noteId);
            default -> LOG.debugf("%s is not about note copies; ignored", event.type());
        }
    }

    private void copy(String eventId, String noteId, String title) {
        if (title.startsWith(ALWAYS_FAILS) || title.startsWith(FAILS_ONCE) && failedOnce.add(eventId)) {
            throw new IllegalStateException("the copy of note " + noteId + " failed on purpose");
        }
        entityManager
                .createNativeQuery("""
                insert into note_copy (note_id, title, status, applications) values (?1, ?2, 'ACTIVE', 1)
                on conflict (note_id) do update
                set title = excluded.title, status = 'ACTIVE', applications = note_copy.applications + 1""")
                .setParameter(1, noteId)
                .setParameter(2, title)
                .executeUpdate();
        LOG.infof("Copied note %s", noteId);
    }

    private void withdraw(String noteId) {
        entityManager
                .createNativeQuery("update note_copy set status = 'WITHDRAWN', applications = applications + 1 "
                        + "where note_id = ?1")
                .setParameter(1, noteId)
                .executeUpdate();
    }
}
