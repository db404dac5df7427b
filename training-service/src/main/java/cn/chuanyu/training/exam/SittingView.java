package cn.chuanyu.training.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An exam sitting as clients see it. */
public record SittingView(UUID id, UUID programmeId, String title, LocalDate heldOn, BigDecimal passMark) {
    static SittingView of(ExamSitting s) {
        return new SittingView(s.id, s.programmeId, s.title, s.heldOn, s.passMark);
    }
}
