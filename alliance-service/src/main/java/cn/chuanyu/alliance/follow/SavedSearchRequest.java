package cn.chuanyu.alliance.follow;

import cn.chuanyu.alliance.board.BoardItemKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A board search to save: listBoardItems' filters (absent: any) under a name of your own",
        example = """
        {"name": "成都电池需求", "zone": "chengdu", "kind": "DEMAND", "industry": "新能源", "q": "电池"}""")
public record SavedSearchRequest(
        @Schema(description = "your name for it, unique among yours, e.g. 成都电池需求") @NotBlank @Size(max = 100)
        String name,

        @Schema(description = "only this zone's items: its code, e.g. chengdu; absent: any zone", nullable = true)
        @Size(max = 30)
        String zone,

        @Schema(description = "only items of this list of the board; absent: any", nullable = true)
        BoardItemKind kind,

        @Schema(description = "only items of this industry category, e.g. 新能源; absent: any", nullable = true)
        @Size(max = 50)
        String industry,

        @Schema(
                description = "search text, e.g. 电池: in the title or description (taken literally), or a keyword; "
                        + "absent: any",
                nullable = true)
        @Size(max = 100)
        String q) {}
