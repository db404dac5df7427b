package cn.chuanyu.training.attendance;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A trainee's check-in: exactly one of the code the instructor shows and an online session's join"
                + " token",
        example = """
        {"code": "482913"}""")
public record CheckInRequest(
        @Schema(
                nullable = true,
                description = "the 6-digit code shown now (or in the last 30 s) by the instructor, or read from the QR",
                example = "482913")
        @Pattern(regexp = "\\s*\\d{6}\\s*")
        String code,

        @Schema(
                nullable = true,
                description = "the join token of an online session, from the instructor's meeting link (43 characters)",
                example = "q3Zk8m1VbW9xT0yR2nL5pC7dF4gH6jA8sE1uI3oK9wM")
        @Size(max = 64)
        String joinToken) {}
