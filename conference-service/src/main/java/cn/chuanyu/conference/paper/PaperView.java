package cn.chuanyu.conference.paper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A paper as its submitter and the organisers see it (reviewers get a blind view instead). */
public record PaperView(
        UUID id,
        UUID conferenceId,
        String track,
        String title,
        String abstractText,
        List<String> keywords,
        List<Author> authors,
        PaperStatus status,
        boolean crossRegion,
        String submittedBy,
        Instant submittedAt,
        Instant updatedAt,
        long version) {

    static PaperView of(Paper p) {
        return new PaperView(
                p.id,
                p.conferenceId,
                p.trackCode,
                p.title,
                p.abstractText,
                p.keywords,
                List.copyOf(p.authors),
                p.status,
                p.crossRegion,
                p.submittedBy,
                p.submittedAt,
                p.updatedAt,
                p.version);
    }
}
