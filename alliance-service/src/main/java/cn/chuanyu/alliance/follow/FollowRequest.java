package cn.chuanyu.alliance.follow;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What to follow: exactly one of boardItemId (a published demand, resource or project of the "
                + "board) and projectId (a collaboration project)",
        example = """
        {"boardItemId": "5b0e8a52-3f7e-4c1a-9d53-1f0c2a7e6b10", "projectId": null}""")
public record FollowRequest(
        @Schema(description = "the id of a published board item", nullable = true)
        UUID boardItemId,

        @Schema(description = "the id of a collaboration project", nullable = true)
        UUID projectId) {}
