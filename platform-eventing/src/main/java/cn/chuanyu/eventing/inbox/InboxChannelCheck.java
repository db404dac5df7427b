package cn.chuanyu.eventing.inbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the application at start-up, before any channel consumes, if an incoming Kafka channel breaks the
 * {@link InboxChannelRules}: a wrong channel would otherwise fail on its first poison event, or lose it.
 */
@ApplicationScoped
class InboxChannelCheck {

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        enforce(ConfigProvider.getConfig());
    }

    static void enforce(Config config) {
        List<String> faults = InboxChannelRules.faults(config);
        if (!faults.isEmpty()) {
            throw new IllegalStateException(
                    "Incoming Kafka channels break the inbox's rules (platform-eventing InboxChannelRules):\n  "
                            + String.join("\n  ", faults));
        }
    }
}
