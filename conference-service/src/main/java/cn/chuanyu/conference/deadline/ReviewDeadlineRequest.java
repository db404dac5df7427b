package cn.chuanyu.conference.deadline;

import cn.chuanyu.conference.kernel.ProgrammeDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's review deadline", example = """
        {"dueOn": "2020-11-28"}""")
public record ReviewDeadlineRequest(
        @Schema(
                description = "the last day reviews are due (China's date, Asia/Shanghai, inclusive), 2000-01-01 to "
                        + "2099-12-31")
        @NotNull
        @ProgrammeDate
        LocalDate dueOn) {}
