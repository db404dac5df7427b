package cn.chuanyu.conference.assignment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Your bid on a paper; replaces your earlier bid on it", example = """
        {"bid": "EAGER"}""")
public record BidRequest(
        @Schema(description = "how much you want to review the paper") @NotNull
        BidLevel bid) {}
