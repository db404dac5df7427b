package cn.chuanyu.conference.response;

import cn.chuanyu.conference.kernel.ProgrammeDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's author-response window", example = """
        {"opensOn": "2020-11-20", "closesOn": "2020-11-25", "wordLimit": 500}""")
public record ResponseWindowRequest(
        @Schema(
                description =
                        "first day submitters may respond (China's date, Asia/Shanghai), 2000-01-01 to 2099-12-31")
        @NotNull
        @ProgrammeDate
        LocalDate opensOn,

        @Schema(description = "last day submitters may respond (China's date, Asia/Shanghai), not before opensOn")
        @NotNull
        @ProgrammeDate
        LocalDate closesOn,

        @Schema(
                description = "the most words a response may have, 1 to 5000: each CJK character counts as a word, "
                        + "each run of other letters or digits as one word",
                minimum = "1",
                maximum = "5000")
        @Min(1)
        @Max(5000)
        int wordLimit) {}
