package cn.chuanyu.alliance.offer;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer is on the board while its source keeps it published. */
@Schema(
        description = "ACTIVE: on the board; WITHDRAWN: withdrawn at its source",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"ACTIVE": "有效", "WITHDRAWN": "已撤回"},
                 "en": {"ACTIVE": "Active", "WITHDRAWN": "Withdrawn"}}"""))
public enum OfferStatus {
    ACTIVE,
    WITHDRAWN
}
