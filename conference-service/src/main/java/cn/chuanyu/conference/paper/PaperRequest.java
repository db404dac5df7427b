package cn.chuanyu.conference.paper;

import jakarta.validation.Valid;
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
        @NotBlank @Size(max = 50) String track,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 5000) String abstractText,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> keywords,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Author> authors,

        @Schema(description = "the version read; required when updating, ignored when submitting")
        Long version) {}
