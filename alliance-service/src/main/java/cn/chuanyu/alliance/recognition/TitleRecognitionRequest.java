package cn.chuanyu.alliance.recognition;

import cn.chuanyu.alliance.kernel.DateWithin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A title recognition recorded by the recognising zone", example = """
        {"personName": "刘芳（示例）", "title": "高级工程师", "series": "工程技术", "level": "DEPUTY_SENIOR",
         "issuingZone": "chengdu", "issuingAuthority": "四川省人力资源和社会保障厅", "obtainedOn": "2019-12-20",
         "recognisingZone": "chongqing", "recognisedOn": "2021-04-15", "referenceNumber": "渝高新职认〔2021〕001号"}""")
public record TitleRecognitionRequest(
        @Schema(description = "the title holder's name, one line") @NotBlank @Size(max = 100)
        String personName,

        @Schema(description = "the title, e.g. 高级工程师") @NotBlank @Size(max = 100)
        String title,

        @Schema(description = "the title series (职称系列), e.g. 工程技术") @NotBlank @Size(max = 100)
        String series,

        @Schema(description = "the title's level") @NotNull TitleLevel level,

        @Schema(description = "code of the zone where the title was obtained") @NotBlank @Size(max = 30)
        String issuingZone,

        @Schema(description = "who conferred the title, e.g. a human-resources department") @NotBlank @Size(max = 200)
        String issuingAuthority,

        @Schema(
                description =
                        "when the title was obtained, if known (1950-01-01 to 2100-12-31); not after " + "recognisedOn",
                nullable = true)
        @DateWithin(min = "1950-01-01")
        LocalDate obtainedOn,

        @Schema(description = "code of the zone recognising the title; not the issuing zone") @NotBlank @Size(max = 30)
        String recognisingZone,

        @Schema(description = "the day of recognition: from 2020-01-01 to today (Asia/Shanghai)") @NotNull @DateWithin
        LocalDate recognisedOn,

        @Schema(description = "the recognising zone's reference (文号): unique within that zone")
        @NotBlank
        @Size(max = 50)
        String referenceNumber) {}
