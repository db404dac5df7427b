package cn.chuanyu.eventing.notes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** The test-only aggregate whose changes the outbox publishes. */
@Entity
@Table(name = "note")
public class Note {

    @Id
    UUID id;

    String title;

    int revision;

    boolean withdrawn;

    @Version
    int version;

    protected Note() {}

    static Note write(String title) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.title = title;
        note.revision = 1;
        return note;
    }

    void revise(String newTitle) {
        title = newTitle;
        revision++;
    }

    void withdraw() {
        withdrawn = true;
    }

    public UUID id() {
        return id;
    }
}
