package cn.chuanyu.training.imports;

import cn.chuanyu.training.attendance.AttendanceMode;
import cn.chuanyu.training.attendance.AttendanceRequest;
import cn.chuanyu.training.attendance.AttendanceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Historical attendance at one course's sessions to check (dry run) or import", example = """
        {"courseId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "apply": false,
         "rows": [{"sessionId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "trainee": "zhangsan",
                   "status": "PRESENT", "mode": "OFFLINE"},
                  {"sessionId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "trainee": "lisi",
                   "status": "EXCUSED", "note": "病假，已提交请假条"}]}""")
public record AttendanceImport(
        @Schema(description = "the course whose sessions the attendance was taken at") @NotNull
        UUID courseId,

        @Schema(
                description = "false (the default) checks every row and imports nothing; true imports all rows in "
                        + "one transaction, and only if no row has a problem",
                nullable = true)
        Boolean apply,

        @Schema(
                description = "the records, 1 to 500 rows, in the order of the source (row numbers count from 1); a "
                        + "row breaking its schema makes the whole request a 400 problem, and nothing is imported")
        @NotEmpty
        @Size(max = ScoreImport.MAX_ROWS)
        List<@Valid @NotNull Row> rows) {

    @Schema(
            name = "AttendanceImportRow",
            description = "One trainee's standing at one session; checked by the same rules as recording attendance "
                    + "(recordAttendance), and refused if the trainee is recorded at the session already")
    public record Row(
            @Schema(description = "a session of the course that has started") @NotNull
            UUID sessionId,

            @Schema(
                    description = "the trainee's account (token subject name), enrolled (ENROLLED) in the programme",
                    example = "zhangsan")
            @NotBlank
            @Size(max = 100)
            String trainee,

            @Schema(description = "the trainee's standing") @NotNull
            AttendanceStatus status,

            @Schema(
                    nullable = true,
                    description = "how the trainee attended: required when PRESENT or LATE, left out when EXCUSED or "
                            + "ABSENT (the row's invalid-attendance-mode problem otherwise)")
            AttendanceMode mode,

            @Schema(
                    nullable = true,
                    description = "备注: a note, e.g. why the trainee was excused; blank or absent for none",
                    example = "病假，已提交请假条")
            @Size(max = AttendanceRequest.Attendee.NOTE_MAX)
            String note) {}

    boolean applying() {
        return Boolean.TRUE.equals(apply);
    }
}
