package cn.chuanyu.alliance.audit;

import cn.chuanyu.audit.AuditedAggregate;
import cn.chuanyu.audit.AuditedAggregates;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The records of alliance-service in its audit trail: the entities marked @Audited, with their tables (V17). An entry's
 * scope is the zone that owns the record (a secondment's home zone, a recognition's recognising zone, a project's lead
 * zone), so that the secretariat can read one zone's trail; a collection round belongs to none.
 */
public class AllianceAudit {

    private static final String LEAD_ZONE =
            "(select p.lead_zone from collaboration_project p where p.id = {row}.project_id)";

    @Produces
    @Singleton
    AuditedAggregates aggregates() {
        return new AuditedAggregates(List.of(
                new AuditedAggregate("Zone", "zone", List.of("code")).scopedBy("{row}.code"),
                AuditedAggregate.of("BoardItem", "board_item").scopedBy("{row}.zone_code"),
                AuditedAggregate.of("Interest", "interest").scopedBy("{row}.owner_zone"),
                AuditedAggregate.of("CollectionRound", "collection_round"),
                AuditedAggregate.of("RoundSubmission", "round_submission").scopedBy("{row}.zone_code"),
                AuditedAggregate.of("CollaborationProject", "collaboration_project")
                        .scopedBy("{row}.lead_zone"),
                AuditedAggregate.of("Milestone", "project_milestone").scopedBy(LEAD_ZONE),
                AuditedAggregate.of("Consultation", "project_consultation").scopedBy(LEAD_ZONE),
                AuditedAggregate.of("Seminar", "seminar").scopedBy("{row}.host_zone"),
                AuditedAggregate.of("Secondment", "secondment").scopedBy("{row}.home_zone"),
                AuditedAggregate.of("TitleRecognition", "title_recognition").scopedBy("{row}.recognising_zone")));
    }
}
