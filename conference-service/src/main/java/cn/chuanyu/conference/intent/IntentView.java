package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.Region;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collaboration intent as clients see it. */
@Schema(description = "A collaboration intent (橄榄枝)", example = """
        {"id": "3d6f0a8e-2c4b-4e1a-9f7d-5b8c0e2a4f61", "kind": "OFFER", "title": "新型有机钾离子电池成果转化",
         "summary": "希望与重庆的化学、材料等领域的科技工作者联合攻关。", "disciplines": ["化学", "材料科学"],
         "keywords": ["钾离子电池"], "partnerTypesSought": ["UNIVERSITY", "ENTERPRISE"],
         "regionsSought": ["CHONGQING"], "paperId": null, "publishedBy": "fancong", "institution": "电子科技大学",
         "status": "PUBLISHED", "publishedAt": "2020-12-10T02:00:00Z", "withdrawnAt": null, "version": 0}""")
public record IntentView(
        @Schema(description = "the intent's id") UUID id,

        @Schema(description = "whether the researcher offers or seeks something")
        IntentKind kind,

        @Schema(description = "the one-line title") String title,

        @Schema(description = "what is offered or sought; may span lines")
        String summary,

        @Schema(description = "the disciplines concerned") List<String> disciplines,

        @Schema(description = "keywords; empty when none were given")
        List<String> keywords,

        @Schema(description = "the kinds of partner sought; empty for any")
        List<PartnerType> partnerTypesSought,

        @Schema(description = "the regions partners are sought in; empty for any")
        List<Region> regionsSought,

        @Schema(nullable = true, description = "the id of the paper the intent comes from; null if none")
        UUID paperId,

        @Schema(description = "the user name of the researcher who published it")
        String publishedBy,

        @Schema(nullable = true, description = "the researcher's institution; null if not given")
        String institution,

        @Schema(description = "PUBLISHED while listed; WITHDRAWN once its author withdrew it")
        IntentStatus status,

        @Schema(description = "when it was published") Instant publishedAt,

        @Schema(nullable = true, description = "when it was withdrawn; null while published")
        Instant withdrawnAt,

        @Schema(description = "the version, for optimistic concurrency")
        long version) {

    static IntentView of(CollaborationIntent i) {
        return new IntentView(
                i.id,
                i.kind,
                i.title,
                i.summary,
                i.disciplines,
                i.keywords,
                i.partnerTypes(),
                i.regions(),
                i.paperId,
                i.publishedBy,
                i.institution,
                i.status,
                i.publishedAt,
                i.withdrawnAt,
                i.version);
    }
}
