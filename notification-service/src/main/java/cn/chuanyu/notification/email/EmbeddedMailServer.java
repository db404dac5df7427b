package cn.chuanyu.notification.email;

import cn.chuanyu.notification.kernel.NotificationConfig;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ConcurrentModificationException;
import org.jboss.logging.Logger;

/**
 * The embedded platform's SMTP server: a real one (GreenMail) in this process on 127.0.0.1, so that e-mail works with
 * nothing installed. Sent mail is kept in memory and readable with any IMAP client (user = the recipient's address,
 * password = the same); the newest {@code retained-messages} are kept. Production switches it off and names its own
 * server (QUARKUS_MAILER_*).
 */
@ApplicationScoped
public class EmbeddedMailServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedMailServer.class);

    private final NotificationConfig.EmbeddedSmtp config;
    private GreenMail server;

    EmbeddedMailServer(NotificationConfig config) {
        this.config = config.embeddedSmtp();
    }

    void start(@Observes @Priority(1) StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(config.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(config.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        server.withConfiguration(new GreenMailConfiguration().withDisabledAuthentication());
        server.start();
        LOG.infof(
                "Embedded SMTP server on 127.0.0.1:%d, sent mail readable over IMAP on 127.0.0.1:%d",
                config.port(), config.imapPort());
    }

    @Scheduled(
            every = "${chuanyu.notification.embedded-smtp.prune-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() throws FolderException {
        if (server == null) {
            return;
        }
        try {
            int expunged = MailRetention.keepNewest(server, config.retainedMessages());
            if (expunged > 0) {
                LOG.debugf("Embedded SMTP server: expunged the %d oldest messages", expunged);
            }
        } catch (ConcurrentModificationException e) {
            // GreenMail 2.1.5's mailboxes may throw this when an IMAP client lists one while it is expunged: transient
            LOG.debugf("Embedded SMTP server: pruning crossed an IMAP reader (%s); the next run prunes", e);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (server != null) {
            server.stop();
        }
    }
}
