package cn.chuanyu.eventing.inbox;

/**
 * An event that can never be applied, however often it is retried (not a CloudEvent, malformed data, a required field
 * missing): it goes straight to the dead-letter topic with this message.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
