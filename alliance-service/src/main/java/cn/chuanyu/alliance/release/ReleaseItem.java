package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One item of a published release: a copy of the board item's content at publication, so that later withdrawals or
 * edits of the item never change the release. Hibernate never updates it; the database refuses updates and deletes.
 */
@Entity
@Immutable
@Table(name = "release_item")
public class ReleaseItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "item_id")
    public UUID itemId;

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

    static ReleaseItem copyOf(BoardItem item, UUID roundId) {
        var copy = new ReleaseItem();
        copy.id = UUID.randomUUID();
        copy.roundId = roundId;
        copy.itemId = item.id;
        copy.zoneCode = item.zoneCode;
        copy.kind = item.kind;
        copy.title = item.title;
        copy.description = item.description;
        copy.industries = List.copyOf(item.industries);
        copy.keywords = List.copyOf(item.keywords);
        copy.contactName = item.contactName;
        copy.contactPhone = item.contactPhone;
        copy.contactEmail = item.contactEmail;
        copy.validFrom = item.validFrom;
        copy.validUntil = item.validUntil;
        return copy;
    }
}
