package cn.chuanyu.training.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A course of a programme; to edit one, send back the version you read", example = """
        {"programmeId": "4b1f6a2e-3c55-4a7e-9d0f-2f9c1a7b8e10", "title": "技术转移政策与法规解读",
         "instructorName": "王建国", "instructorAffiliation": "科学技术部火炬高技术产业开发中心",
         "instructorAccount": "wangjianguo", "mode": "OFFLINE",
         "startsOn": "2020-12-10", "endsOn": "2020-12-11", "hours": 6}""")
public record CourseRequest(
        @Schema(description = "the programme (培训班) the course belongs to; not changeable") @NotNull
        UUID programmeId,

        @Schema(description = "the course's title") @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "授课专家: the instructor's name") @NotBlank @Size(max = 100)
        String instructorName,

        @Schema(description = "the instructor's institution, e.g. 科学技术部") @NotBlank @Size(max = 200)
        String instructorAffiliation,

        @Schema(description = "the instructor's login account; they manage this course's sessions")
        @NotBlank
        @Size(max = 100)
        String instructorAccount,

        @Schema(description = "how the course is taught; a programme taught only one way takes only that mode") @NotNull
        CourseMode mode,

        @Schema(description = "first day of the course, within the programme's dates") @NotNull
        LocalDate startsOn,

        @Schema(description = "last day of the course, not before startsOn, within the programme's dates") @NotNull
        LocalDate endsOn,

        @Schema(description = "teaching hours (学时), 0.5 to 200, one decimal")
        @NotNull
        @DecimalMin("0.5")
        @DecimalMax("200")
        @Digits(integer = 3, fraction = 1)
        BigDecimal hours,

        @Schema(description = "the version read; required to edit, ignored on create") @Min(0)
        Long version) {}
