package cn.chuanyu.conference.discussion;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A post to a paper's discussion", example = """
        {"text": "我认为样本量不足以支持第三节的结论，请各位审稿人再看一下表 2。"}""")
public record PostRequest(
        @Schema(description = "the post, multi-line, at most 5,000 characters") @NotBlank @Size(max = 5000) @MultiLine
        String text) {}
