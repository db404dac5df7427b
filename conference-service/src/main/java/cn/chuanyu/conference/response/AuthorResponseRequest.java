package cn.chuanyu.conference.response;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The submitter's answer to the reviews of their paper", example = """
        {"text": "感谢审稿人的意见。关于审稿人 2 提出的样本量问题，我们已补充 120 份田间数据。"}""")
public record AuthorResponseRequest(
        @Schema(
                description = "the answer, multi-line; at most the window's word limit (each CJK character a word, "
                        + "each run of other letters or digits one word) and 20,000 characters")
        @NotBlank
        @Size(max = 20000)
        @MultiLine
        String text) {}
