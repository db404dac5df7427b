package cn.chuanyu.audit;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a revision did to an aggregate, from Envers' revision type (0, 1, 2). */
@Schema(
        description = "What a change did to the record: created (新建), updated (修改) or deleted (删除)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "CREATED": "新建",
                          "UPDATED": "修改",
                          "DELETED": "删除"},
                         "en": {
                          "CREATED": "Created",
                          "UPDATED": "Updated",
                          "DELETED": "Deleted"}}"""))
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED;

    static AuditAction ofRevisionType(int revtype) {
        return values()[revtype];
    }
}
