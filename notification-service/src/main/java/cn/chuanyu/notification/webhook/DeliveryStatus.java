package cn.chuanyu.notification.webhook;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "PENDING: to be (re)tried; DELIVERED: the target answered 2xx; PARKED: given up after 24 hours of"
                + " retries (replay it to try again)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"PENDING": "待推送", "DELIVERED": "已送达", "PARKED": "已搁置"},
                 "en": {"PENDING": "Pending", "DELIVERED": "Delivered", "PARKED": "Parked"}}"""))
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    PARKED
}
