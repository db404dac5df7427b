package cn.chuanyu.notification.inapp;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many of your notifications are unread")
public record UnreadCount(
        @Schema(description = "unread notifications", example = "3")
        long unread) {}
