package cn.chuanyu.training.exam;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An exam sitting of a programme", example = """
        {"programmeId": "4b1f6a2e-3c55-4a7e-9d0f-2f9c1a7b8e10", "title": "初级技术经纪人结业考试",
         "heldOn": "2020-12-24", "passMark": 60}""")
public record SittingRequest(
        @Schema(description = "the programme whose exam is sat") @NotNull
        UUID programmeId,

        @Schema(description = "the sitting's title, e.g. 结业考试 or 补考") @NotBlank @Size(max = 200)
        String title,

        @Schema(
                description = "the day it is held: not before the programme starts; retakes may come after it ends, "
                        + "until 2100-12-31")
        @NotNull
        LocalDate heldOn,

        @Schema(description = "the lowest passing score, 0 to 100, one decimal")
        @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 1)
        BigDecimal passMark) {}
