package cn.chuanyu.training.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training programme as clients see it. */
public record ProgrammeView(
        UUID id,
        String name,
        BrokerLevel level,
        List<String> organisers,
        List<String> executors,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        TeachingMode teachingMode,
        String createdBy,
        Instant createdAt,
        long version) {

    static ProgrammeView of(TrainingProgramme p) {
        return new ProgrammeView(
                p.id,
                p.name,
                p.level,
                p.organisers,
                p.executors,
                p.venue,
                p.startsOn,
                p.endsOn,
                p.capacity,
                p.teachingMode,
                p.createdBy,
                p.createdAt,
                p.version);
    }
}
