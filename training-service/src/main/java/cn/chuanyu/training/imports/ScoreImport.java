package cn.chuanyu.training.imports;

import cn.chuanyu.training.exam.ScoreRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Historical scores of one sitting to check (dry run) or import", example = """
        {"sittingId": "4b1f6a2e-3c55-4a7e-9d0f-2f9c1a7b8e10", "apply": false,
         "rows": [{"enrolmentId": "0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c", "score": 86.5}]}""")
public record ScoreImport(
        @Schema(description = "the sitting (held already) the scores were given at") @NotNull
        UUID sittingId,

        @Schema(
                description = "false (the default) checks every row and imports nothing; true imports all rows in "
                        + "one transaction, and only if no row has a problem",
                nullable = true)
        Boolean apply,

        @Schema(
                description = "the scores, 1 to 500 rows, in the order of the source (row numbers count from 1); a "
                        + "row breaking its schema (e.g. a score over 100) makes the whole request a 400 problem, "
                        + "and nothing is imported")
        @NotEmpty
        @Size(max = MAX_ROWS)
        List<@Valid @NotNull ScoreRequest> rows) {

    public static final int MAX_ROWS = 500;

    boolean applying() {
        return Boolean.TRUE.equals(apply);
    }
}
