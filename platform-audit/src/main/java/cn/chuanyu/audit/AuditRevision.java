package cn.chuanyu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of the audit trail (留痕): who changed the audited aggregates of one transaction, when, and in which
 * request. Envers inserts it with the aggregates' {@code _aud} rows in the transaction of the change; the database
 * refuses to update or delete it (db/audit). Service-independent: another service adopts it as it is.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The token's principal name, or {@link AuditRevisionListener#SYSTEM} for scheduled jobs and event consumers. */
    public String actor;

    /** The actor's roles, sorted and comma-separated. */
    public String roles;

    /** The zone the actor acts for (the identity's {@code zone} attribute), null when it names none. */
    public String zone;

    @Column(name = "request_id")
    public String requestId;

    public String traceparent;
}
