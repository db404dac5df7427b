package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.Region;
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
        @NotNull IntentKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> disciplines,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,
        @Size(max = 4) List<@NotNull PartnerType> partnerTypesSought,
        @Size(max = 3) List<@NotNull Region> regionsSought,

        @Schema(description = "the paper this intent comes from, if any")
        UUID paperId,

        @Size(max = 200) String institution) {}
