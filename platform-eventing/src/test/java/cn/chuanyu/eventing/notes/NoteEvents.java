package cn.chuanyu.eventing.notes;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.Map;

/** The facts the test application publishes about notes, on a topic of its own. */
public final class NoteEvents {

    public static final String TOPIC = "chuanyu.test.notes";
    public static final String DEAD_LETTERS = "chuanyu.test.dead-letters";
    public static final String SOURCE = "/chuanyu/eventing-test";
    public static final String AGGREGATE = "note";
    public static final String WRITTEN = "cn.chuanyu.test.note.written.v1";
    public static final String REVISED = "cn.chuanyu.test.note.revised.v1";
    public static final String WITHDRAWN = "cn.chuanyu.test.note.withdrawn.v1";

    private NoteEvents() {}

    static OutgoingEvent written(Note note) {
        return event(WRITTEN, note);
    }

    static OutgoingEvent revised(Note note) {
        return event(REVISED, note);
    }

    static OutgoingEvent withdrawn(Note note) {
        return new OutgoingEvent(TOPIC, WITHDRAWN, AGGREGATE, note.id.toString(), Map.of("noteId", note.id));
    }

    private static OutgoingEvent event(String type, Note note) {
        return new OutgoingEvent(
                TOPIC,
                type,
                AGGREGATE,
                note.id.toString(),
                Map.of("noteId", note.id, "title", note.title, "revision", note.revision));
    }

    /** The data of a written or revised note, as a test producer sends it. */
    public static String data(String noteId, String title) {
        return "{\"noteId\": \"%s\", \"title\": \"%s\", \"revision\": 1}".formatted(noteId, title);
    }

    /** The data of a withdrawn note. */
    public static String withdrawnData(String noteId) {
        return "{\"noteId\": \"%s\"}".formatted(noteId);
    }
}
