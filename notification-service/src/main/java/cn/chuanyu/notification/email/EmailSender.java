package cn.chuanyu.notification.email;

import cn.chuanyu.notification.directory.Directory;
import cn.chuanyu.notification.directory.DirectoryUnavailableException;
import cn.chuanyu.notification.directory.Person;
import cn.chuanyu.notification.inapp.MessageTexts;
import cn.chuanyu.notification.inapp.Notification;
import cn.chuanyu.notification.inapp.Notifications;
import cn.chuanyu.notification.kernel.NotificationClock;
import cn.chuanyu.notification.kernel.NotificationConfig;
import cn.chuanyu.notification.preference.Preferences;
import cn.chuanyu.notification.preference.UnsubscribeTokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the pending e-mails: at least once each (a crash between the SMTP server's acceptance and the commit sends it
 * again), none to a person who opted out of its category, in the person's language, with an unsubscribe link. A failure
 * (SMTP server or directory away) is retried with a growing delay, up to the configured attempts.
 */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Directory directory;
    private final Preferences preferences;
    private final Notifications notifications;
    private final MessageTexts texts;
    private final UnsubscribeTokens tokens;
    private final Engine engine;
    private final NotificationClock clock;
    private final NotificationConfig config;

    EmailSender(
            EntityManager entityManager,
            Mailer mailer,
            Directory directory,
            Preferences preferences,
            Notifications notifications,
            MessageTexts texts,
            UnsubscribeTokens tokens,
            Engine engine,
            NotificationClock clock,
            NotificationConfig config) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.directory = directory;
        this.preferences = preferences;
        this.notifications = notifications;
        this.texts = texts;
        this.tokens = tokens;
        this.engine = engine;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(
            every = "${chuanyu.notification.dispatch-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        for (UUID id : claimDue()) {
            QuarkusTransaction.requiringNew().run(() -> send(EmailDispatch.findById(id)));
        }
    }

    /** Leases the due e-mails: another instance (or this one after a crash) takes them only once the lease ends. */
    private List<UUID> claimDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager
                    .createNativeQuery("""
                            update email_dispatch set next_attempt_at = ?1 where id in (
                                select id from email_dispatch where status = 'PENDING' and next_attempt_at <= ?2
                                order by next_attempt_at limit ?3 for update skip locked)
                            returning id""", UUID.class)
                    .setParameter(1, clock.now().plus(LEASE))
                    .setParameter(2, clock.now())
                    .setParameter(3, BATCH)
                    .getResultList();
            return ids;
        });
    }

    private void send(EmailDispatch dispatch) {
        Notification notification = Notification.findById(dispatch.notificationId);
        dispatch.attempts++;
        try {
            if (!preferences.wantsEmail(notification.recipient, notification.category)) {
                drop(dispatch, "opted out of " + notification.category + " before it was sent");
                return;
            }
            Optional<Person> person = directory.person(notification.recipient);
            if (person.isEmpty() || person.get().email() == null) {
                drop(dispatch, "no verified e-mail address for " + notification.recipient);
                return;
            }
            Locale locale = person.get().locale();
            dispatch.address = person.get().email();
            dispatch.locale = locale.toLanguageTag();
            mailer.send(mail(notification, person.get(), locale));
            dispatch.status = EmailDispatch.SENT;
            dispatch.sentAt = clock.now();
            dispatch.lastError = null;
        } catch (DirectoryUnavailableException e) {
            retry(dispatch, e);
        } catch (RuntimeException e) {
            // the SMTP server refused or is away
            retry(dispatch, e);
        }
    }

    private Mail mail(Notification notification, Person person, Locale locale) {
        Map<String, String> params = notifications.params(notification);
        MessageTexts.Text text = texts.render(notification.kind, params, locale);
        String unsubscribe = config.links().frontend()
                + config.links()
                        .unsubscribe()
                        .replace("{token}", tokens.token(notification.recipient, notification.category));
        String body = engine.getTemplate("mail/layout." + locale.toLanguageTag() + ".txt")
                .data("body", text.body())
                .data("link", texts.link(notification.kind, params.getOrDefault("linkId", "")))
                .data("unsubscribe", unsubscribe)
                .render();
        return Mail.withText(person.email(), text.subject(), body)
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("X-Chuanyu-Notification", notification.id.toString());
    }

    private void drop(EmailDispatch dispatch, String why) {
        dispatch.status = EmailDispatch.DROPPED;
        dispatch.lastError = why;
        LOG.infof("E-mail %s not sent: %s", dispatch.id, why);
    }

    private void retry(EmailDispatch dispatch, RuntimeException e) {
        dispatch.lastError = String.valueOf(e.getMessage());
        if (dispatch.attempts >= config.email().maxAttempts()) {
            dispatch.status = EmailDispatch.DROPPED;
            LOG.errorf("E-mail %s given up after %d attempts: %s", dispatch.id, dispatch.attempts, e.getMessage());
            return;
        }
        long seconds = Math.min(3600, 5L << Math.min(dispatch.attempts, 10));
        dispatch.nextAttemptAt = clock.now().plusSeconds(seconds);
        LOG.warnf("E-mail %s failed (attempt %d), next in %d s: %s", dispatch.id, dispatch.attempts, seconds, e);
    }
}
