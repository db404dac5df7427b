package cn.chuanyu.training.imports;

import cn.chuanyu.training.enrolment.EnrolmentStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Historical enrolments in one programme to check (dry run) or import", example = """
        {"programmeId": "4b1f6a2e-3c55-4a7e-9d0f-2f9c1a7b8e10", "apply": false,
         "rows": [{"trainee": "zhangsan", "name": "张三", "organisation": "重庆大学科技成果转化中心",
                   "status": "ENROLLED", "enrolledAt": "2020-12-01T02:00:00Z"}]}""")
public record EnrolmentImport(
        @Schema(description = "the programme the trainees enrolled in; it may have ended") @NotNull
        UUID programmeId,

        @Schema(
                description = "false (the default) checks every row and imports nothing; true imports all rows in "
                        + "one transaction, and only if no row has a problem",
                nullable = true)
        Boolean apply,

        @Schema(
                description = "the enrolments, 1 to 500 rows, in order of request (row numbers count from 1); a "
                        + "row breaking its schema makes the whole request a 400 problem, and nothing is imported")
        @NotEmpty
        @Size(max = ScoreImport.MAX_ROWS)
        List<@Valid @NotNull Row> rows) {

    @Schema(
            name = "EnrolmentImportRow",
            description = "One historical enrolment; checked by the rules of enrolling (capacity, one per trainee)")
    public record Row(
            @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
            @NotBlank
            @Size(max = 100)
            String trainee,

            @Schema(description = "the trainee's name as printed on the certificate", example = "张三")
            @NotBlank
            @Size(max = 100)
            String name,

            @Schema(description = "工作单位: the organisation; blank or absent for none", nullable = true) @Size(max = 200)
            String organisation,

            @Schema(
                    description = "what the enrolment was: ENROLLED (had a place) or WAITLISTED; the capacity "
                            + "rule must give the same, in row order (withdrawals are not imported)")
            @NotNull
            EnrolmentStatus status,

            @Schema(
                    description = "when the trainee asked to enrol (RFC 3339), not in the future",
                    example = "2020-12-01T02:00:00Z")
            @NotNull
            @PastOrPresent
            Instant enrolledAt) {}

    boolean applying() {
        return Boolean.TRUE.equals(apply);
    }
}
