package cn.chuanyu.notification.inapp;

import cn.chuanyu.notification.rule.Category;
import cn.chuanyu.notification.rule.MessageKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An in-app notification (站内通知), in the language asked for by Accept-Language (zh-CN default)")
public record NotificationView(
        @Schema(description = "the notification") UUID id,

        @Schema(description = "what it is about (e-mail preferences are per category)")
        Category category,

        @Schema(description = "which rule made it") MessageKind kind,

        @Schema(description = "its subject", example = "候补转正：您已获得培训班名额")
        String title,

        @Schema(description = "its text", example = "张三，您好：有学员退出，您已从候补名单转为正式学员。")
        String body,

        @Schema(description = "the frontend page it is about", example = "http://127.0.0.1:8080/training/enrolments/1")
        String link,

        @Schema(description = "when it was made") Instant createdAt,

        @Schema(nullable = true, description = "when you marked it read; null while unread")
        Instant readAt) {}
