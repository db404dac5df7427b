package cn.chuanyu.training.attendance;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the instructor shows for trainees to check in with. */
@Schema(
        description =
                "The check-in code to show now: it changes every 30 seconds; ask again when validUntil has passed")
public record CheckInCode(
        @Schema(description = "the session") UUID sessionId,

        @Schema(description = "6 digits; accepted until 30 s after validUntil", example = "482913")
        String code,

        @Schema(
                description = "what the QR code carries: a link on the platform's public origin that the trainee app "
                        + "opens, naming the session and the code; the app checks in with it",
                example = "https://api.chuanyu.cn/training/check-in?session=0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c"
                        + "&code=482913")
        String qrPayload,

        @Schema(description = "when this code's 30-second step ends (UTC)")
        Instant validUntil,

        @Schema(description = "seconds per code", example = "30")
        int stepSeconds,

        @Schema(description = "check-in opens (UTC): chuanyu.training.check-in.opens-before ahead of the start")
        Instant opensAt,

        @Schema(description = "checked in after this (UTC), a trainee is LATE (chuanyu.training.check-in.late-after)")
        Instant lateAfter,

        @Schema(description = "check-in closes (UTC): the session's end; those not checked in are then ABSENT")
        Instant closesAt,

        @Schema(
                nullable = true,
                description = "online courses: the token to put in the meeting link, with which trainees check in "
                        + "online; null for offline courses",
                example = "q3Zk8m1VbW9xT0yR2nL5pC7dF4gH6jA8sE1uI3oK9wM")
        String joinToken,

        @Schema(nullable = true, description = "when check-in was closed (UTC); null while open")
        Instant closedAt) {}
