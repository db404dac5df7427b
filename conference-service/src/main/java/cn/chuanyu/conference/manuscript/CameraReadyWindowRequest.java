package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.ProgrammeDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's camera-ready window", example = """
        {"opensOn": "2020-12-01", "closesOn": "2020-12-05"}""")
public record CameraReadyWindowRequest(
        @Schema(
                description = "first day camera-ready PDFs are taken (China's date, Asia/Shanghai), 2000-01-01 to "
                        + "2099-12-31")
        @NotNull
        @ProgrammeDate
        LocalDate opensOn,

        @Schema(description = "last day camera-ready PDFs are taken (China's date), not before opensOn")
        @NotNull
        @ProgrammeDate
        LocalDate closesOn) {}
