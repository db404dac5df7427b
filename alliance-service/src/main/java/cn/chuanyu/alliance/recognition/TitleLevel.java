package cn.chuanyu.alliance.recognition;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level of a professional title (职称级别), from 正高级 down to 员级. */
@Schema(
        description = "The level of a professional title (职称级别): FULL_SENIOR 正高级, DEPUTY_SENIOR 副高级, "
                + "INTERMEDIATE 中级, ASSISTANT 助理级, JUNIOR 员级",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"FULL_SENIOR": "正高级", "DEPUTY_SENIOR": "副高级", "INTERMEDIATE": "中级",
                           "ASSISTANT": "助理级", "JUNIOR": "员级"},
                 "en": {"FULL_SENIOR": "Full senior", "DEPUTY_SENIOR": "Deputy senior", "INTERMEDIATE": "Intermediate",
                        "ASSISTANT": "Assistant", "JUNIOR": "Junior"}}"""))
public enum TitleLevel {
    FULL_SENIOR("正高级"),
    DEPUTY_SENIOR("副高级"),
    INTERMEDIATE("中级"),
    ASSISTANT("助理级"),
    JUNIOR("员级");

    public final String chinese;

    TitleLevel(String chinese) {
        this.chinese = chinese;
    }
}
