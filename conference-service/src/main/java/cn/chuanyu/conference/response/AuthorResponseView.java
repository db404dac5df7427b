package cn.chuanyu.conference.response;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The submitter's answer to the reviews of a paper (without the submitter's name: reviewers read"
                + " it too)",
        example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e",
         "text": "感谢审稿人的意见。关于审稿人 2 提出的样本量问题，我们已补充 120 份田间数据。", "words": 38,
         "submittedAt": "2020-11-21T02:00:00Z", "updatedAt": "2020-11-22T02:00:00Z"}""")
public record AuthorResponseView(
        @Schema(description = "the paper's id") UUID paperId,
        @Schema(description = "the answer") String text,

        @Schema(description = "its length in words (CJK characters each a word, Latin runs a word)")
        int words,

        @Schema(description = "when it was first submitted") Instant submittedAt,
        @Schema(description = "when it was last changed") Instant updatedAt) {

    static AuthorResponseView of(AuthorResponse response) {
        return new AuthorResponseView(
                response.paperId, response.text, response.words, response.submittedAt, response.updatedAt);
    }
}
