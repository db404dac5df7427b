package cn.chuanyu.alliance.secondment;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is seconded: a cadre (优秀干部) or a member of the technical staff (专业技术骨干). */
@Schema(
        description = "Who is seconded: CADRE 优秀干部, TECHNICAL 专业技术骨干",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"CADRE": "优秀干部", "TECHNICAL": "专业技术骨干"},
                 "en": {"CADRE": "Cadre", "TECHNICAL": "Technical staff"}}"""))
public enum SecondmentKind {
    CADRE,
    TECHNICAL
}
