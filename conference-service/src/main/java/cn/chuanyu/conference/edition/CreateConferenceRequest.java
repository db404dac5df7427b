package cn.chuanyu.conference.edition;

import cn.chuanyu.conference.kernel.ProgrammeDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference edition to create", example = """
        {"name": "首届川渝科技学术大会", "edition": 1, "city": "成都",
         "startsOn": "2020-12-10", "endsOn": "2020-12-10",
         "organisers": ["四川省科学技术协会", "重庆市科学技术协会"],
         "tracks": [{"code": "life-sciences", "name": "生命科学"}, {"code": "energy-materials", "name": "能源与材料"}],
         "callOpensOn": "2020-09-01", "callClosesOn": "2020-11-15"}""")
public record CreateConferenceRequest(
        @Schema(description = "the conference's name; with the edition, unique") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "the edition number (1 for the first); with the name, unique") @NotNull @Min(1) @Max(1000)
        Integer edition,

        @Schema(description = "the host city, e.g. 成都") @NotBlank @Size(max = 50)
        String city,

        @Schema(description = "first day of the conference, 2000-01-01 to 2099-12-31") @NotNull @ProgrammeDate
        LocalDate startsOn,

        @Schema(description = "last day of the conference, not before startsOn") @NotNull @ProgrammeDate
        LocalDate endsOn,

        @Schema(description = "the organising bodies, 1 to 20") @NotEmpty @Size(max = 20)
        List<@NotBlank @Size(max = 200) String> organisers,

        @Schema(description = "the tracks, 1 to 50, their codes unique") @NotEmpty @Size(max = 50)
        List<@NotNull @Valid Track> tracks,

        @Schema(description = "first day papers are accepted (China's date, Asia/Shanghai), 2000-01-01 to 2099-12-31")
        @NotNull
        @ProgrammeDate
        LocalDate callOpensOn,

        @Schema(description = "last day papers are accepted (China's date, Asia/Shanghai), not before callOpensOn")
        @NotNull
        @ProgrammeDate
        LocalDate callClosesOn) {}
