package cn.chuanyu.conference.paper;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A paper to submit, or its new content", example = """
        {"track": "life-sciences", "title": "玉米株型调控基因的遗传解析",
         "abstractText": "论文涵盖了遗传学、植物发育学、基因组学等多个生命科学交叉学科。",
         "keywords": ["作物遗传育种", "基因组学"],
         "authors": [{"name": "郭超", "institution": "四川大学玉米研究所", "region": "SICHUAN", "corresponding": true},
                     {"name": "贺俊", "institution": "西南大学", "region": "CHONGQING", "corresponding": false}]}""")
public record PaperRequest(
        @Schema(description = "the code of one of the conference's tracks, e.g. life-sciences")
        @NotBlank
        @Size(max = 50)
        String track,

        @Schema(description = "the title, one line") @NotBlank @Size(max = 300)
        String title,

        @Schema(description = "the abstract; multi-line") @NotBlank @Size(max = 5000) @MultiLine
        String abstractText,

        @Schema(nullable = true, description = "keywords, at most 10; absent or null for none") @Size(max = 10)
        List<@NotBlank @Size(max = 50) String> keywords,

        @Schema(description = "the authors in author order, 1 to 50, exactly one of them corresponding")
        @NotEmpty
        @Size(max = 50)
        List<@NotNull @Valid Author> authors,

        @Schema(
                nullable = true,
                description = "the version read; required when editing (400 without it, 409 if the paper changed "
                        + "since), ignored when submitting")
        @Min(0)
        Long version) {}
