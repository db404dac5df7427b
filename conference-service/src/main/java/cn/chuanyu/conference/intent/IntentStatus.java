package cn.chuanyu.conference.intent;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intent is listed publicly while PUBLISHED; its author may withdraw it once. */
@Schema(
        description = "PUBLISHED: listed publicly; WITHDRAWN: withdrawn by its author, no longer listed",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"PUBLISHED": "已发布", "WITHDRAWN": "已撤回"},
                 "en": {"PUBLISHED": "Published", "WITHDRAWN": "Withdrawn"}}"""))
public enum IntentStatus {
    PUBLISHED,
    WITHDRAWN
}
