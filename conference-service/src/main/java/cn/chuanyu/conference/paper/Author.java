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

/** One author of a paper, in the paper's author order. */
@Embeddable
@Schema(example = """
        {"name": "郭超", "orcid": null, "institution": "四川大学玉米研究所", "region": "SICHUAN", "corresponding": true}""")
public record Author(
        @NotBlank @Size(max = 100) String name,

        @Orcid @Schema(description = "ORCID iD, e.g. 0000-0002-1825-0097; optional")
        String orcid,

        @NotBlank @Size(max = 200) String institution,
        @NotNull @Enumerated(EnumType.STRING) Region region,

        @Schema(description = "exactly one author of a paper is the corresponding author")
        @Column(name = "corresponding")
        boolean corresponding) {}
