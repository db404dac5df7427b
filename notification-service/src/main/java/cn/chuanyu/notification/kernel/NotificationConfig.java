package cn.chuanyu.notification.kernel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** notification-service's settings ({@code chuanyu.notification.*}, each overridable by an environment variable). */
@ConfigMapping(prefix = "chuanyu.notification")
public interface NotificationConfig {

    EmbeddedSmtp embeddedSmtp();

    Directory directory();

    Links links();

    /** The key that signs unsubscribe links (HMAC-SHA256). */
    String unsubscribeKey();

    /** How often the senders look for due e-mails and webhook deliveries. */
    Duration dispatchInterval();

    Email email();

    Webhooks webhooks();

    interface EmbeddedSmtp {
        boolean enabled();

        int port();

        int imapPort();

        /**
         * How many messages the embedded server keeps (the newest, across all mailboxes): it holds them in memory, so a
         * platform left running would otherwise grow by every e-mail it ever sent. At least 1: 0 would delete every
         * message as it arrives, and the application does not start with less.
         */
        @Min(1)
        int retainedMessages();

        /** How often the embedded server drops what is beyond {@link #retainedMessages()}. */
        Duration pruneInterval();
    }

    interface Directory {
        /** Keycloak's base URL (without /realms/...). */
        String keycloakUrl();

        String realm();

        String clientId();

        String clientSecret();

        Duration cacheTtl();

        @WithDefault("PT5S")
        Duration timeout();
    }

    interface Links {
        String frontend();

        String enrolment();

        String examResult();

        String certificate();

        String offer();

        /** A board item (需求、资源、项目). */
        String boardItem();

        String reviewAssignment();

        String paper();

        @WithDefault("/alliance/projects/{id}")
        String project();

        /** A member zone of the alliance (its page shows whether its items need approval). */
        @WithDefault("/alliance/zones/{id}")
        String zone();

        @WithDefault("/alliance/secondments/{id}")
        String secondment();

        @WithDefault("/alliance/interests/{id}")
        String interest();

        String unsubscribe();
    }

    interface Email {
        int maxAttempts();
    }

    interface Webhooks {
        Duration firstRetryDelay();

        Duration maxRetryDelay();

        Duration giveUpAfter();

        Duration timeout();

        boolean allowPrivateTargets();
    }
}
