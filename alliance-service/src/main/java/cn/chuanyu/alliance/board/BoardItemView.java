package cn.chuanyu.alliance.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board item as clients see it. */
public record BoardItemView(
        UUID id,
        String zone,
        BoardItemKind kind,
        String title,
        String description,
        List<String> industries,
        List<String> keywords,
        String contactName,
        String contactPhone,
        String contactEmail,
        LocalDate validFrom,
        LocalDate validUntil,
        BoardItemStatus status,
        Instant publishedAt,
        long version) {

    static BoardItemView of(BoardItem i, LocalDate today) {
        return new BoardItemView(
                i.id,
                i.zoneCode,
                i.kind,
                i.title,
                i.description,
                i.industries,
                i.keywords,
                i.contactName,
                i.contactPhone,
                i.contactEmail,
                i.validFrom,
                i.validUntil,
                i.statusOn(today),
                i.publishedAt,
                i.version);
    }
}
