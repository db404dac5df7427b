package cn.chuanyu.conference.society;

import cn.chuanyu.conference.Region;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = """
        {"name": "重庆市青年科技领军人才协会", "region": "CHONGQING", "foundedYear": 2020, "members": 166,
         "description": "由13名中青年科技工作者发起，致力于打造人才交流、联谊、服务平台。"}""")
public record SocietyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Region region,
        @Min(1900) @Max(2100) Integer foundedYear,
        @Min(0) Integer members,
        @Size(max = 5000) String description) {}
