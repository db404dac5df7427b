package cn.chuanyu.training.registry;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named demonstration institution as clients see it. */
@Schema(description = "A named technology-transfer demonstration institution (技术转移示范机构)")
public record InstitutionView(
        @Schema(description = "the institution's id") UUID id,

        @Schema(description = "its name", example = "重庆技术评估与转移服务中心")
        String name,

        @Schema(description = "who recognised it") InstitutionLevel level,
        @Schema(description = "its region") Region region,

        @Schema(nullable = true, description = "the year it was recognised; null if not known", example = "2018")
        Integer recognisedIn,

        @Schema(nullable = true, description = "what it does; null if not given", example = "技术评估、技术合同登记与技术转移服务")
        String description) {
    static InstitutionView of(DemonstrationInstitution i) {
        return new InstitutionView(i.id, i.name, i.level, i.region, i.recognisedIn, i.description);
    }
}
