package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.kernel.DateWithin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A collection round to open", example = """
        {"name": "2021年第一季度", "periodStart": "2021-01-01", "periodEnd": "2021-03-31",
         "submissionDeadline": "2021-04-10"}""")
public record OpenRoundRequest(
        @Schema(description = "unique among all rounds, one line, e.g. 2021年第一季度") @NotBlank @Size(max = 100)
        String name,

        @Schema(description = "first day of the period the round collects (2020-01-01 to 2100-12-31)")
        @NotNull
        @DateWithin
        LocalDate periodStart,

        @Schema(description = "last day of the period, on or after periodStart (2020-01-01 to 2100-12-31)")
        @NotNull
        @DateWithin
        LocalDate periodEnd,

        @Schema(
                description = "last day (Asia/Shanghai) zone officers may submit or retract; "
                        + "the secretariat may until it closes the round (2020-01-01 to 2100-12-31)")
        @NotNull
        @DateWithin
        LocalDate submissionDeadline) {}
