package cn.chuanyu.alliance.board;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A board item to draft, or its new content", example = """
        {"zone": "chengdu", "kind": "DEMAND", "title": "新能源汽车电池回收技术需求",
         "description": "园区企业寻求动力电池梯次利用与材料回收的成熟技术及合作团队。",
         "industries": ["新能源", "新材料"], "keywords": ["电池回收", "梯次利用"],
         "contactName": "李主任", "contactPhone": "028-12345678",
         "validFrom": "2021-01-01", "validUntil": "2021-06-30"}""")
public record BoardItemRequest(
        @NotBlank @Size(max = 30) String zone,
        @NotNull BoardItemKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> industries,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,
        @NotBlank @Size(max = 100) String contactName,

        @Pattern(regexp = "[0-9+() -]{5,30}", message = "is not a phone number")
        String contactPhone,

        @Email @Size(max = 200) String contactEmail,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,

        @Schema(description = "the version read; required when updating")
        Long version) {}
