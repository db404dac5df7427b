package cn.chuanyu.notification.inapp;

import cn.chuanyu.notification.email.EmailDispatch;
import cn.chuanyu.notification.kernel.NotificationClock;
import cn.chuanyu.notification.preference.Preferences;
import cn.chuanyu.notification.rule.Message;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** People's notifications: made from the rules' messages (with their e-mails), read and marked read by their owner. */
@ApplicationScoped
public class Notifications {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final NotificationClock clock;
    private final Preferences preferences;
    private final MessageTexts texts;

    Notifications(
            EntityManager entityManager,
            ObjectMapper json,
            NotificationClock clock,
            Preferences preferences,
            MessageTexts texts) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.preferences = preferences;
        this.texts = texts;
    }

    /**
     * Stores the message as a notification and, unless its recipient opted out of the category, an e-mail to send.
     * Inside the inbox's transaction: a redelivered event finds the (recipient, kind, event) row and adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Message message, String eventId) {
        UUID id = UUID.randomUUID();
        int inserted = entityManager
                .createNativeQuery("""
                        insert into notification (id, recipient, category, kind, params, event_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (recipient, kind, event_id) do nothing""")
                .setParameter(1, id)
                .setParameter(2, message.recipient())
                .setParameter(3, message.kind().category.name())
                .setParameter(4, message.kind().name())
                .setParameter(5, write(message))
                .setParameter(6, eventId)
                .setParameter(7, clock.now())
                .executeUpdate();
        if (inserted == 1 && preferences.wantsEmail(message.recipient(), message.kind().category)) {
            EmailDispatch.pending(id, clock.now()).persist();
        }
    }

    public PageOf<NotificationView> mine(String user, boolean unreadOnly, int page, int size, Locale locale) {
        var query = Notification.<Notification>find(
                        unreadOnly
                                ? "recipient = ?1 and readAt is null order by createdAt desc, id"
                                : "recipient = ?1 order by createdAt desc, id",
                        user)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count()).map(n -> view(n, locale));
    }

    public UnreadCount unread(String user) {
        return new UnreadCount(Notification.count("recipient = ?1 and readAt is null", user));
    }

    /** Only the recipient may mark it read; anyone else is told it does not exist. */
    @Transactional
    public NotificationView markRead(UUID id, String user, Locale locale) {
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipient.equals(user)) {
            throw ProblemException.notFound("notification", id);
        }
        notification.markRead(clock.now());
        return view(notification, locale);
    }

    public NotificationView view(Notification notification, Locale locale) {
        Map<String, String> params = params(notification);
        MessageTexts.Text text = texts.render(notification.kind, params, locale);
        return new NotificationView(
                notification.id,
                notification.category,
                notification.kind,
                text.subject(),
                text.body(),
                texts.link(notification.kind, params.getOrDefault("linkId", "")),
                notification.createdAt,
                notification.readAt);
    }

    public Map<String, String> params(Notification notification) {
        try {
            return json.readValue(notification.params, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification " + notification.id + " has unreadable parameters", e);
        }
    }

    private String write(Message message) {
        try {
            Map<String, String> params = new TreeMap<>(message.params());
            params.put("linkId", message.linkId());
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
