package cn.chuanyu.alliance.board;

import cn.chuanyu.alliance.kernel.DateWithin;
import cn.chuanyu.web.json.MultiLine;
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
         "contactName": "李主任", "contactPhone": "028-12345678", "contactEmail": null,
         "validFrom": "2021-01-01", "validUntil": "2021-06-30", "version": null}""")
public record BoardItemRequest(
        @Schema(description = "code of the zone the item is for (see the zones), e.g. chengdu; an item stays in it")
        @NotBlank
        @Size(max = 30)
        String zone,

        @Schema(description = "the list of the board the item goes on") @NotNull
        BoardItemKind kind,

        @Schema(description = "title, one line, e.g. 新能源汽车电池回收技术需求") @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "what is sought or offered; several lines allowed") @NotBlank @Size(max = 5000) @MultiLine
        String description,

        @Schema(description = "industry categories (1 to 10), e.g. 新能源") @NotEmpty @Size(max = 10)
        List<@NotBlank @Size(max = 50) String> industries,

        @Schema(description = "keywords (up to 20) a search or a match finds exactly; absent: none", nullable = true)
        @Size(max = 20)
        List<@NotBlank @Size(max = 50) String> keywords,

        @Schema(description = "the contact person's name, e.g. 李主任") @NotBlank @Size(max = 100)
        String contactName,

        @Schema(
                description = "the contact's phone: 5 to 30 digits, spaces, +, -, parentheses; absent: none",
                nullable = true,
                maxLength = 30)
        @Pattern(regexp = "[0-9+() -]{5,30}", message = "{cn.chuanyu.alliance.phone}")
        String contactPhone,

        @Schema(description = "the contact's e-mail address; absent: none", nullable = true) @Email @Size(max = 200)
        String contactEmail,

        @Schema(description = "first day the item is valid (2020-01-01 to 2100-12-31)") @NotNull @DateWithin
        LocalDate validFrom,

        @Schema(
                description = "last day the item is valid, on or after validFrom (2020-01-01 to 2100-12-31); "
                        + "past it (Asia/Shanghai) a published item is EXPIRED")
        @NotNull
        @DateWithin
        LocalDate validUntil,

        @Schema(description = "the version read; required when editing, ignored when drafting", nullable = true)
        Long version) {}
