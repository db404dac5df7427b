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
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "is not a user name")
        String username,

        @NotBlank @Size(max = 100) String name,
        @Orcid String orcid,
        @NotBlank @Size(max = 200) String institution,
        @NotNull Region region) {}
