package cn.chuanyu.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course as clients see it; the instructor's login account only for administrators and the instructor. */
public record CourseView(
        UUID id,
        UUID programmeId,
        String title,
        String instructorName,
        String instructorAffiliation,

        @Schema(description = "shown to training administrators and the instructor only")
        String instructorAccount,

        CourseMode mode,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal hours,
        long version) {

    static CourseView of(Course c, boolean showAccount) {
        return new CourseView(
                c.id,
                c.programmeId,
                c.title,
                c.instructorName,
                c.instructorAffiliation,
                showAccount ? c.instructorAccount : null,
                c.mode,
                c.startsOn,
                c.endsOn,
                c.hours,
                c.version);
    }
}
