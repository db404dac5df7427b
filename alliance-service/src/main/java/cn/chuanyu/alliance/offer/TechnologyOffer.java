package cn.chuanyu.alliance.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A technology offer on the board that another context published, e.g. a researcher's collaboration intent (橄榄枝). It
 * links back to its source and leaves the board when withdrawn.
 */
@Entity
@Table(name = "technology_offer")
public class TechnologyOffer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_type")
    public String sourceType;

    @Column(name = "source_id")
    public String sourceId;

    @Column(name = "source_link")
    public String sourceLink;

    public String kind;

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

    @Column(name = "offered_by")
    public String offeredBy;

    public String institution;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
