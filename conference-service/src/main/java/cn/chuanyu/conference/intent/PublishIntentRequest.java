package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.Region;
import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A collaboration intent to publish", example = """
        {"kind": "OFFER", "title": "新型有机钾离子电池成果转化",
         "summary": "希望与重庆的化学、材料等领域的科技工作者联合攻关，并与重庆汽车企业开展产学研合作。",
         "disciplines": ["化学", "材料科学"], "keywords": ["钾离子电池", "有机电极"],
         "partnerTypesSought": ["UNIVERSITY", "ENTERPRISE"], "regionsSought": ["CHONGQING"],
         "institution": "电子科技大学"}""")
public record PublishIntentRequest(
        @Schema(description = "whether you offer or seek something") @NotNull
        IntentKind kind,

        @Schema(description = "a one-line title") @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "what you offer or seek and with whom; multi-line") @NotBlank @Size(max = 4000) @MultiLine
        String summary,

        @Schema(description = "the disciplines concerned, 1 to 10, e.g. 化学") @NotEmpty @Size(max = 10)
        List<@NotBlank @Size(max = 50) String> disciplines,

        @Schema(nullable = true, description = "keywords, at most 20; absent or null for none") @Size(max = 20)
        List<@NotBlank @Size(max = 50) String> keywords,

        @Schema(nullable = true, description = "the kinds of partner sought, at most 4; absent or null for any")
        @Size(max = 4)
        List<@NotNull PartnerType> partnerTypesSought,

        @Schema(nullable = true, description = "the regions partners are sought in, at most 3; absent or null for any")
        @Size(max = 3)
        List<@NotNull Region> regionsSought,

        @Schema(
                nullable = true,
                description = "the id of the paper this intent comes from, if any: one you submitted yourself")
        UUID paperId,

        @Schema(nullable = true, description = "your institution, e.g. 电子科技大学; optional") @Size(max = 200)
        String institution) {}
