package cn.chuanyu.training.exam;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A trainee's score at a sitting, out of 100", example = """
        {"enrolmentId": "0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c", "score": 86.5}""")
public record ScoreRequest(
        @Schema(description = "the enrolment of a trainee enrolled (ENROLLED) in the sitting's programme") @NotNull
        UUID enrolmentId,

        @Schema(description = "the score, 0 to 100, one decimal")
        @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 1)
        BigDecimal score) {}
