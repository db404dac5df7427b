package cn.chuanyu.notification.email;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail to send about a notification, written in the notification's transaction (an outbox for e-mail): sent after
 * commit by {@link EmailSender}, retried while the SMTP server or the directory is away.
 */
@Entity
public class EmailDispatch extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    /** Not sent, and never will be: the person has no address, opted out meanwhile, or attempts ran out. */
    public static final String DROPPED = "DROPPED";

    @Id
    public UUID id;

    public UUID notificationId;
    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    public String address;
    public String locale;
    public Instant sentAt;
    public String lastError;

    public static EmailDispatch pending(UUID notificationId, Instant now) {
        EmailDispatch dispatch = new EmailDispatch();
        dispatch.id = UUID.randomUUID();
        dispatch.notificationId = notificationId;
        dispatch.status = PENDING;
        dispatch.nextAttemptAt = now;
        return dispatch;
    }
}
