package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.Region;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A collaboration intent as clients see it. */
public record IntentView(
        UUID id,
        IntentKind kind,
        String title,
        String summary,
        List<String> disciplines,
        List<String> keywords,
        List<PartnerType> partnerTypesSought,
        List<Region> regionsSought,
        UUID paperId,
        String publishedBy,
        String institution,
        IntentStatus status,
        Instant publishedAt,
        Instant withdrawnAt,
        long version) {

    static IntentView of(CollaborationIntent i) {
        return new IntentView(
                i.id,
                i.kind,
                i.title,
                i.summary,
                i.disciplines,
                i.keywords,
                i.partnerTypes(),
                i.regions(),
                i.paperId,
                i.publishedBy,
                i.institution,
                i.status,
                i.publishedAt,
                i.withdrawnAt,
                i.version);
    }
}
