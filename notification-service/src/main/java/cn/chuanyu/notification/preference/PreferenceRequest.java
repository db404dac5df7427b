package cn.chuanyu.notification.preference;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Switch e-mail about one category on or off")
public record PreferenceRequest(
        @NotNull @Schema(description = "true to get e-mail, false to opt out", example = "false", required = true)
        Boolean email) {}
