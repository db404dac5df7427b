package cn.chuanyu.alliance.follow;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardSearch;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A board search a user saved under a name: the board listing's filters (zone, kind, industry, text), told of each new
 * item that matches them. Only its owner sees it.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends PanacheEntityBase {

    @Id
    public UUID id;

    public String owner;

    public String name;

    @Column(name = "zone_code")
    public String zone;

    @Enumerated(EnumType.STRING)
    public BoardItemKind kind;

    public String industry;

    /** The search text, stripped; null for none. */
    public String query;

    @Column(name = "created_at")
    public Instant createdAt;

    static SavedSearch of(String owner, SavedSearchRequest request, Instant now) {
        var search = new SavedSearch();
        search.id = UUID.randomUUID();
        search.owner = owner;
        search.name = request.name().strip();
        search.zone = blankToNull(request.zone());
        search.kind = request.kind();
        search.industry = blankToNull(request.industry());
        search.query = blankToNull(request.q());
        search.createdAt = now;
        return search;
    }

    /** The listing's filter this search stands for: the published board. */
    public BoardSearch.Filter filter() {
        return new BoardSearch.Filter(zone, kind, industry, query, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
