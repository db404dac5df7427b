package cn.chuanyu.alliance.release;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published board item of your zone to put into the round", example = """
        {"itemId": "0b8f3c2e-5d1a-4f7b-9c3e-2a6d8e1f4b70"}""")
public record SubmissionRequest(
        @Schema(description = "the id of a published, still valid board item; once per round") @NotNull
        UUID itemId) {}
