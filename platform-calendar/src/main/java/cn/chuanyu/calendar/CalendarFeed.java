package cn.chuanyu.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's private calendar feed: whoever holds its URL reads the owner's calendar, so the URL's secret is the
 * credential and only its hash is kept ({@link FeedSecret}).
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @Id
    public UUID id;

    public String owner;

    public String name;

    @Column(name = "secret_hash")
    public String secretHash;

    /** What the service needs to know of the owner when no token comes with the read (null if nothing). */
    public String scope;

    @Column(name = "created_at")
    public Instant createdAt;
}
