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
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A demand, resource or project a member zone puts on the alliance board. */
@Audited
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

    /** Stored DRAFT, SUBMITTED, PUBLISHED or WITHDRAWN; EXPIRED is derived from the validity. */
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

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Why the secretariat last returned it; kept (and shown) until it is approved. */
    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

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
            throw transition("board-item-edit-not-draft", id, status);
        }
        if (!zoneCode.equals(request.zone())) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "zone-is-fixed", "zone-is-fixed", id, zoneCode, request.zone());
        }
        apply(request);
    }

    void publish(Instant now, LocalDate today) {
        requirePublishable(today);
        status = BoardItemStatus.PUBLISHED;
        publishedAt = now;
    }

    /** In a moderated zone, an officer's publication: the draft waits for the secretariat, off the board. */
    void submit(String user, Instant now, LocalDate today) {
        requirePublishable(today);
        status = BoardItemStatus.SUBMITTED;
        submittedBy = user;
        submittedAt = now;
    }

    void approve(Instant now, LocalDate today) {
        if (status != BoardItemStatus.SUBMITTED) {
            throw transition("board-item-approve-not-submitted", id, status);
        }
        if (validUntil.isBefore(today)) {
            throw transition("board-item-expired", id, validUntil);
        }
        status = BoardItemStatus.PUBLISHED;
        publishedAt = now;
        returnReason = null;
        returnedBy = null;
        returnedAt = null;
    }

    /** Back to its zone as a draft; the reason stays on the item for the officers who edit it. */
    void returnToDraft(String reason, String user, Instant now) {
        if (status != BoardItemStatus.SUBMITTED) {
            throw transition("board-item-return-not-submitted", id, status);
        }
        status = BoardItemStatus.DRAFT;
        returnReason = reason;
        returnedBy = user;
        returnedAt = now;
    }

    /** The zone takes back what it submitted, to edit it or keep it: a draft again, off the secretariat's queue. */
    void recall() {
        if (status != BoardItemStatus.SUBMITTED) {
            throw transition("board-item-recall-not-submitted", id, status);
        }
        status = BoardItemStatus.DRAFT;
    }

    private void requirePublishable(LocalDate today) {
        if (status != BoardItemStatus.DRAFT) {
            throw transition("board-item-publish-not-draft", id, status);
        }
        if (validUntil.isBefore(today)) {
            throw transition("board-item-expired", id, validUntil);
        }
    }

    void withdraw(Instant now) {
        if (status != BoardItemStatus.PUBLISHED) {
            throw transition("board-item-withdraw-not-published", id, status);
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
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-dates", "board-item-dates", request.validUntil(), request.validFrom());
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

    private static ProblemException transition(String detailKey, Object... args) {
        return new ProblemException(Status.CONFLICT, "illegal-transition", detailKey, args);
    }
}
