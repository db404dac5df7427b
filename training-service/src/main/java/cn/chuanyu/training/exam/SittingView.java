package cn.chuanyu.training.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exam sitting as clients see it. */
@Schema(description = "One sitting of a programme's exam (the first, or a retake), with its pass mark out of 100")
public record SittingView(
        @Schema(description = "the sitting's id") UUID id,

        @Schema(description = "the programme (GET /api/training/programmes/{id})")
        UUID programmeId,

        @Schema(description = "the sitting's title", example = "初级技术经纪人结业考试")
        String title,

        @Schema(description = "the day it is held (a day in Asia/Shanghai)")
        LocalDate heldOn,

        @Schema(description = "the lowest passing score, out of 100, one decimal", example = "60")
        BigDecimal passMark) {
    static SittingView of(ExamSitting s) {
        return new SittingView(s.id, s.programmeId, s.title, s.heldOn, s.passMark);
    }
}
