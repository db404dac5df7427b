package cn.chuanyu.notification.webhook;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Whether deliveries go out: while PAUSED they are kept and go out after resuming",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"ACTIVE": "推送中", "PAUSED": "已暂停"},
                 "en": {"ACTIVE": "Active", "PAUSED": "Paused"}}"""))
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED
}
