package cn.chuanyu.notification.inapp;

import cn.chuanyu.notification.rule.Category;
import cn.chuanyu.notification.rule.MessageKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One message to one person, shown in-app; its text is rendered in the reader's language from the parameters. */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    public String recipient;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    /** The template's parameters, a JSON object of strings. */
    public String params;

    public String eventId;
    public Instant createdAt;
    public Instant readAt;

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
