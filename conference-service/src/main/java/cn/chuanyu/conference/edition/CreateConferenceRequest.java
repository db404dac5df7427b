package cn.chuanyu.conference.edition;

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
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(1000) Integer edition,
        @NotBlank @Size(max = 50) String city,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> organisers,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Track> tracks,
        @NotNull LocalDate callOpensOn,
        @NotNull LocalDate callClosesOn) {}
