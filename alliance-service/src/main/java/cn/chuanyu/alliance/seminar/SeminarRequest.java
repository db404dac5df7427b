package cn.chuanyu.alliance.seminar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = """
        {"title": "成渝地区双城经济圈国家高新区党建研讨会", "hostZone": "chengdu", "heldOn": "2020-12-06",
         "attendingZones": ["chongqing", "bishan", "deyang"], "summary": "联盟成立暨首次党建研讨会"}""")
public record SeminarRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank String hostZone,
        @NotNull LocalDate heldOn,
        @NotEmpty @Size(max = 12) List<@NotBlank String> attendingZones,
        @Size(max = 5000) String summary) {}
