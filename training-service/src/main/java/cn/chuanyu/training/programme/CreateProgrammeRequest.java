package cn.chuanyu.training.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A training programme (培训班) to create", example = """
        {"name": "2020年成渝地区双城经济圈初级技术经纪人培训班", "level": "PRIMARY",
         "organisers": ["重庆市科学技术研究院", "国家技术转移西南中心"],
         "executors": ["重庆技术评估与转移服务中心", "重庆易智网公司", "重庆市技术转移服务技术创新战略联盟"],
         "venue": "易智网总部基地", "startsOn": "2020-12-10", "endsOn": "2020-12-24",
         "capacity": 170, "teachingMode": "BLENDED"}""")
public record CreateProgrammeRequest(
        @Schema(description = "the programme's name") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "the broker grade it trains for") @NotNull
        BrokerLevel level,

        @Schema(description = "主办: 1 to 10 organisers") @NotEmpty @Size(max = 10)
        List<@NotBlank @Size(max = 200) String> organisers,

        @Schema(description = "承办: up to 10 executors; absent or empty for none") @Size(max = 10)
        List<@NotBlank @Size(max = 200) String> executors,

        @Schema(description = "where it is held") @NotBlank @Size(max = 200)
        String venue,

        @Schema(description = "first day, " + CreateProgrammeRequest.DATE_RANGE) @NotNull
        LocalDate startsOn,

        @Schema(description = "last day, not before startsOn, " + CreateProgrammeRequest.DATE_RANGE) @NotNull
        LocalDate endsOn,

        @Schema(description = "how many trainees may enrol, 1 to 10000") @NotNull @Min(1) @Max(10000)
        Integer capacity,

        @Schema(description = "how it is taught") @NotNull TeachingMode teachingMode) {

    /** Programmes of the training base: from its first cohorts to the end of the century. */
    static final String DATE_RANGE = "from 2000-01-01 to 2100-12-31";

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
}
