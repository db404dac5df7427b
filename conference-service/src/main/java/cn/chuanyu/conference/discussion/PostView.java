package cn.chuanyu.conference.discussion;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A post in a paper's discussion. Reviewers stay anonymous to one another: a reviewer reads the"
                + " others as 审稿人 N (their number on the paper) and the organisers as 大会组织方; organisers read"
                + " every user name.",
        example = """
        {"id": "5d1c6c7e-1f7a-4f8e-9d1b-2a3c4d5e6f70", "author": "审稿人 2", "reviewerNumber": 2, "organiser": false,
         "mine": false, "postedBy": null, "text": "我认为样本量不足以支持第三节的结论。",
         "postedAt": "2020-11-26T02:00:00Z"}""")
public record PostView(
        @Schema(description = "the post's id") UUID id,

        @Schema(description = "who wrote it, as the reader may see it: 审稿人 N, 大会组织方, or (for organisers) the user name")
        String author,

        @Schema(
                nullable = true,
                description =
                        "the reviewer's number on the paper (assignment order); null for an " + "organiser's post")
        Integer reviewerNumber,

        @Schema(description = "whether an organiser wrote it")
        boolean organiser,

        @Schema(description = "whether the reader wrote it") boolean mine,

        @Schema(nullable = true, description = "the author's user name; shown to organisers only, else null")
        String postedBy,

        @Schema(description = "the post") String text,
        @Schema(description = "when it was posted") Instant postedAt) {}
