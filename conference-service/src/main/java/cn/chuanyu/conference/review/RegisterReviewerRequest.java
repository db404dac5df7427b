package cn.chuanyu.conference.review;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.paper.Orcid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expert to register as a reviewer", example = """
        {"username": "reviewer", "name": "陈娟", "institution": "重庆医科大学", "region": "CHONGQING"}""")
public record RegisterReviewerRequest(
        @Schema(description = "the expert's login user name; unique among reviewers")
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{cn.chuanyu.conference.username}")
        String username,

        @Schema(description = "the expert's name, e.g. 陈娟") @NotBlank @Size(max = 100)
        String name,

        @Schema(nullable = true, description = "ORCID iD with a valid check digit, e.g. 0000-0002-1825-0097; optional")
        @Orcid
        @Size(max = 19)
        String orcid,

        @Schema(description = "the expert's institution, checked against the authors' for conflicts of interest")
        @NotBlank
        @Size(max = 200)
        String institution,

        @Schema(description = "where the institution is") @NotNull
        Region region) {}
