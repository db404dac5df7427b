package cn.chuanyu.notification.kernel;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: a person reads and changes only their own notifications; a partner only its own webhooks. */
public record Caller(String user) {

    public static final String PARTNER = "partner";

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName());
    }
}
