package cn.chuanyu.alliance.recognition;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a recognition is revoked", example = """
        {"reason": "原职称证书经核查存在材料不实，依规撤销认定", "version": 0}""")
public record RevocationRequest(
        @Schema(description = "why it is revoked; may span lines") @NotBlank @Size(max = 2000) @MultiLine
        String reason,

        @Schema(
                description = "the version read; when given, a recognition changed since is not revoked (409)",
                nullable = true)
        Long version) {}
