package cn.chuanyu.conference.intent;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a researcher offers something (e.g. a result to commercialise) or seeks it. */
@Schema(
        description = "Whether the researcher offers something (e.g. a result to commercialise) or seeks it",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"OFFER": "提供", "SEEK": "寻求"},
                 "en": {"OFFER": "Offer", "SEEK": "Seek"}}"""))
public enum IntentKind {
    OFFER,
    SEEK
}
