package cn.chuanyu.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new webhook subscription")
public record SubscriptionRequest(
        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "where to POST the events: https, a public address",
                required = true,
                example = "https://research-office.example.edu/chuanyu/webhooks")
        String targetUrl,

        @NotNull
        @NotEmpty
        @Size(max = 50)
        @Schema(
                description = "the event types to receive (those of the AsyncAPI document)",
                required = true,
                example = "[\"cn.chuanyu.training.certificate.issued.v1\"]")
        List<@NotBlank @Size(max = 200) String> eventTypes,

        @Size(max = 500) @Schema(nullable = true, description = "what it is for", example = "四川大学科研院：证书颁发同步")
        String description) {}
