package cn.chuanyu.eventing.inbox;

/** An event whose effect failed on every attempt; its message becomes the dead-letter reason. */
public class EventApplicationFailedException extends RuntimeException {

    public EventApplicationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
