package cn.chuanyu.notification.directory;

import cn.chuanyu.eventing.inbox.TransientFailure;

/**
 * Keycloak did not answer at all, or answered with a server error: it is starting, restarting or overloaded. An event
 * whose rule needs the directory then waits for it (the inbox retries) rather than going to the dead-letter topic, as
 * the demo intent's did at a fresh platform's start. A refusal (4xx) stays a plain
 * {@link DirectoryUnavailableException}: a misconfiguration an operator must see.
 */
public class DirectoryUnreachableException extends DirectoryUnavailableException implements TransientFailure {

    public DirectoryUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
