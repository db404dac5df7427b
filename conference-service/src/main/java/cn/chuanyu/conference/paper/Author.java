package cn.chuanyu.conference.paper;

import cn.chuanyu.conference.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One author of a paper to submit, in the paper's author order; stored as it is. */
@Embeddable
@Schema(description = "An author of the paper, in author order", example = """
        {"name": "郭超", "institution": "四川大学玉米研究所", "region": "SICHUAN", "corresponding": true}""")
public record Author(
        @Schema(description = "the author's name, e.g. 郭超") @NotBlank @Size(max = 100)
        String name,

        @Schema(nullable = true, description = "ORCID iD with a valid check digit, e.g. 0000-0002-1825-0097; optional")
        @Orcid
        @Size(max = 19)
        String orcid,

        @Schema(description = "the author's institution, e.g. 四川大学玉米研究所") @NotBlank @Size(max = 200)
        String institution,

        @Schema(description = "where the institution is") @NotNull @Enumerated(EnumType.STRING)
        Region region,

        @Schema(description = "exactly one author of a paper is the corresponding author; absent means false")
        @Column(name = "corresponding")
        boolean corresponding) {}
