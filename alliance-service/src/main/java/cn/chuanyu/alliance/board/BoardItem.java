package cn.chuanyu.alliance.board;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A demand, resource or project a member zone puts on the alliance board. */
@Entity
@Table(name = "board_item")
public class BoardItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zone_code")
    public String zoneCode;

    @Enumerated(EnumType.STRING)
    public BoardItemKind kind;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> industries;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Stored DRAFT, PUBLISHED or WITHDRAWN; EXPIRED is derived from the validity. */
    @Enumerated(EnumType.STRING)
    public BoardItemStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    static BoardItem draft(BoardItemRequest request, String user, Instant now) {
        var item = new BoardItem();
        item.id = UUID.randomUUID();
        item.zoneCode = request.zone();
        item.status = BoardItemStatus.DRAFT;
        item.createdBy = user;
        item.createdAt = now;
        item.apply(request);
        return item;
    }

    void edit(BoardItemRequest request) {
        if (status != BoardItemStatus.DRAFT) {
            throw transition("Only a draft can be edited; item " + id + " is " + status);
        }
        if (!zoneCode.equals(request.zone())) {
            throw ProblemException.untranslated(
                    Status.BAD_REQUEST,
                    "zone-is-fixed",
                    "An item stays in its zone",
                    "Item " + id + " belongs to zone " + zoneCode + "; draft a new item for zone " + request.zone());
        }
        apply(request);
    }

    void publish(Instant now, LocalDate today) {
        if (status != BoardItemStatus.DRAFT) {
            throw transition("Only a draft can be published; item " + id + " is " + status);
        }
        if (validUntil.isBefore(today)) {
            throw transition("Item " + id + " expired on " + validUntil + "; extend its validity before publishing");
        }
        status = BoardItemStatus.PUBLISHED;
        publishedAt = now;
    }

    void withdraw(Instant now) {
        if (status != BoardItemStatus.PUBLISHED) {
            throw transition("Only a published item can be withdrawn; item " + id + " is " + status);
        }
        status = BoardItemStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    /** The status as shown on {@code today}: a published item past its validity is EXPIRED. */
    public BoardItemStatus statusOn(LocalDate today) {
        return status == BoardItemStatus.PUBLISHED && validUntil.isBefore(today) ? BoardItemStatus.EXPIRED : status;
    }

    private void apply(BoardItemRequest request) {
        if (request.validUntil().isBefore(request.validFrom())) {
            throw ProblemException.untranslated(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "The dates are not consistent",
                    "The item is valid until " + request.validUntil() + ", before it is valid from "
                            + request.validFrom());
        }
        kind = request.kind();
        title = request.title().strip();
        description = request.description().strip();
        industries = List.copyOf(request.industries());
        keywords = request.keywords() == null ? List.of() : List.copyOf(request.keywords());
        contactName = request.contactName().strip();
        contactPhone = request.contactPhone();
        contactEmail = request.contactEmail();
        validFrom = request.validFrom();
        validUntil = request.validUntil();
    }

    private static ProblemException transition(String detail) {
        return ProblemException.untranslated(
                Status.CONFLICT, "illegal-transition", "This change is not allowed now", detail);
    }
}
