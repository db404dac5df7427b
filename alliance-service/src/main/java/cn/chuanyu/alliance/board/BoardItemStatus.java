package cn.chuanyu.alliance.board;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Draft → published → withdrawn; in a moderated zone an officer's draft goes draft → submitted → published (or back to
 * draft with a reason). A published item past its validity is shown as EXPIRED.
 */
@Schema(
        description = "DRAFT (its zone only), SUBMITTED (waiting for the secretariat's approval in a moderated zone; "
                + "its zone and the secretariat only), PUBLISHED (on the public board), WITHDRAWN, or EXPIRED: "
                + "published but past its last valid day (Asia/Shanghai)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"DRAFT": "草稿", "SUBMITTED": "待审核", "PUBLISHED": "已发布", "WITHDRAWN": "已撤回",
                           "EXPIRED": "已过期"},
                 "en": {"DRAFT": "Draft", "SUBMITTED": "Awaiting approval", "PUBLISHED": "Published",
                        "WITHDRAWN": "Withdrawn", "EXPIRED": "Expired"}}"""))
public enum BoardItemStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    WITHDRAWN,
    EXPIRED
}
