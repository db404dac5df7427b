package cn.chuanyu.training.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import of historical records found and did")
public record ImportReport(
        @Schema(description = "whether the rows were imported: only when asked (apply) and no row has a problem")
        boolean applied,

        @Schema(description = "how many rows were checked") int rows,

        @Schema(description = "each row's problems, in row order; empty when every row passes the rules")
        List<RowProblem> problems) {

    @Schema(description = "Why a row would be refused, as recording it one by one would refuse it")
    public record RowProblem(
            @Schema(description = "the row's number in the request, from 1", example = "3")
            int row,

            @Schema(description = "the problem type slug", example = "not-enrolled")
            String type,

            @Schema(description = "what is wrong, in the caller's language", example = "该学员未报名成功")
            String detail) {}
}
