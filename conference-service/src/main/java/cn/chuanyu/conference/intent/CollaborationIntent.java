package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.Region;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A collaboration intent (橄榄枝): published by a researcher, listed publicly until withdrawn. */
@Audited
@Entity
@Table(name = "collaboration_intent")
public class CollaborationIntent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public IntentKind kind;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> disciplines;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_types_sought")
    public List<String> partnerTypesSought;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "regions_sought")
    public List<String> regionsSought;

    @Column(name = "paper_id")
    public UUID paperId;

    @Column(name = "published_by")
    public String publishedBy;

    public String institution;

    @Enumerated(EnumType.STRING)
    public IntentStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    static CollaborationIntent publish(PublishIntentRequest request, String researcher, Instant now) {
        var intent = new CollaborationIntent();
        intent.id = UUID.randomUUID();
        intent.kind = request.kind();
        intent.title = request.title().strip();
        intent.summary = request.summary().strip();
        intent.disciplines = List.copyOf(request.disciplines());
        intent.keywords = request.keywords() == null ? List.of() : List.copyOf(request.keywords());
        intent.partnerTypesSought = names(request.partnerTypesSought());
        intent.regionsSought = names(request.regionsSought());
        intent.paperId = request.paperId();
        intent.institution = request.institution();
        intent.publishedBy = researcher;
        intent.status = IntentStatus.PUBLISHED;
        intent.publishedAt = now;
        return intent;
    }

    /** Only its author may withdraw an intent, and only once. */
    void withdraw(String user, Instant now) {
        if (!publishedBy.equals(user)) {
            throw ProblemException.forbidden("intent-not-yours", id);
        }
        if (status == IntentStatus.WITHDRAWN) {
            throw new ProblemException(
                    Status.CONFLICT, "intent-already-withdrawn", "intent-already-withdrawn", id, withdrawnAt);
        }
        status = IntentStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    List<Region> regions() {
        return regionsSought.stream().map(Region::valueOf).toList();
    }

    List<PartnerType> partnerTypes() {
        return partnerTypesSought.stream().map(PartnerType::valueOf).toList();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null
                ? List.of()
                : values.stream().map(Enum::name).distinct().toList();
    }
}
