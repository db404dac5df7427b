package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board item as it was when the release was published. */
public record ReleaseItemView(
        UUID itemId,
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
        LocalDate validUntil) {

    static ReleaseItemView of(ReleaseItem i) {
        return new ReleaseItemView(
                i.itemId,
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
                i.validUntil);
    }
}
