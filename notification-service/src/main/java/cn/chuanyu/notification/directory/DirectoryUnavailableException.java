package cn.chuanyu.notification.directory;

/** Keycloak could not answer who someone is (down, slow, refusing the service account): try again later. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
