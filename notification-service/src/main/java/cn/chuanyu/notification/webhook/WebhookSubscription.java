package cn.chuanyu.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A partner's subscription: which event types go to which URL, signed with its secret. */
@Entity
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The partner client's account (token subject name). */
    public String owner;

    public String targetUrl;
    public String[] eventTypes;
    public String description;

    /** {@code whsec_} + base64 of 32 random bytes (Standard Webhooks); shown to the partner once, at creation. */
    public String secret;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    public Instant createdAt;
}
