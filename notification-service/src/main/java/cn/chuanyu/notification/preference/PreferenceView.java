package cn.chuanyu.notification.preference;

import cn.chuanyu.notification.rule.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether you get e-mail about one category (in-app notifications always appear)")
public record PreferenceView(
        @Schema(description = "the category") Category category,

        @Schema(description = "true: e-mail is sent; false: you opted out", example = "true")
        boolean email) {}
