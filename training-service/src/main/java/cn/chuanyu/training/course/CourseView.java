package cn.chuanyu.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course as clients see it; the instructor's login account only for administrators and the instructor. */
@Schema(description = "A course of a programme, taught by one expert instructor")
public record CourseView(
        @Schema(description = "the course's id") UUID id,

        @Schema(description = "the programme (培训班) it belongs to (GET /api/training/programmes/{id})")
        UUID programmeId,

        @Schema(description = "the course's title", example = "技术转移政策与法规解读")
        String title,

        @Schema(description = "授课专家: the instructor's name", example = "王建国")
        String instructorName,

        @Schema(description = "the instructor's institution", example = "科学技术部火炬高技术产业开发中心")
        String instructorAffiliation,

        @Schema(
                nullable = true,
                description = "the instructor's login account; null unless the caller is a training administrator "
                        + "or the instructor",
                example = "wangjianguo")
        String instructorAccount,

        @Schema(description = "how the course is taught") CourseMode mode,

        @Schema(description = "first day of the course (a day in Asia/Shanghai)")
        LocalDate startsOn,

        @Schema(description = "last day of the course (a day in Asia/Shanghai)")
        LocalDate endsOn,

        @Schema(description = "teaching hours (学时), one decimal", example = "6")
        BigDecimal hours,

        @Schema(description = "the version to send back with an edit", example = "0")
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
