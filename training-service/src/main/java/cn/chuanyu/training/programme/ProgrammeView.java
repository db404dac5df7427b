package cn.chuanyu.training.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training programme as clients see it. */
@Schema(description = "A technology-broker training programme (培训班): one cohort, its organisers, dates and capacity")
public record ProgrammeView(
        @Schema(description = "the programme's id") UUID id,

        @Schema(description = "the programme's name", example = "2020年成渝地区双城经济圈初级技术经纪人培训班")
        String name,

        @Schema(description = "the broker grade it trains for")
        BrokerLevel level,

        @Schema(description = "主办: the organisers, at least one")
        List<String> organisers,

        @Schema(description = "承办: the executors; empty if none")
        List<String> executors,

        @Schema(description = "where it is held", example = "易智网总部基地")
        String venue,

        @Schema(description = "first day (a day in Asia/Shanghai)")
        LocalDate startsOn,

        @Schema(description = "last day (a day in Asia/Shanghai); enrolments close after it")
        LocalDate endsOn,

        @Schema(description = "how many trainees may hold a place", example = "170")
        int capacity,

        @Schema(description = "how it is taught") TeachingMode teachingMode,

        @Schema(description = "the administrator who created it", example = "training-admin")
        String createdBy,

        @Schema(description = "when it was created (UTC)") Instant createdAt,

        @Schema(description = "the version (changes on every edit)", example = "0")
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
