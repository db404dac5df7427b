package cn.chuanyu.conference.audit;

import cn.chuanyu.audit.AuditedAggregate;
import cn.chuanyu.audit.AuditedAggregates;
import cn.chuanyu.audit.AuditedCollection;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The records of conference-service in its audit trail: the entities marked @Audited, with their tables (V16). An
 * entry's scope is the conference the record belongs to, so that organisers can read one conference's trail.
 */
public class ConferenceAudit {

    private static final String OWN_CONFERENCE = "{row}.conference_id::text";
    private static final String PAPERS_CONFERENCE =
            "(select p.conference_id::text from paper p where p.id = {row}.paper_id)";
    private static final String ASSIGNED_PAPERS_CONFERENCE = "(select p.conference_id::text from review_assignment a"
            + " join paper p on p.id = a.paper_id where a.id = {row}.assignment_id)";

    @Produces
    @Singleton
    AuditedAggregates aggregates() {
        return new AuditedAggregates(List.of(
                AuditedAggregate.of("Conference", "conference")
                        .scopedBy("{row}.id::text")
                        .withCollection(
                                new AuditedCollection("tracks", "conference_track", "conference_id", "position")),
                AuditedAggregate.of("Paper", "paper")
                        .scopedBy(OWN_CONFERENCE)
                        .withCollection(new AuditedCollection("authors", "paper_author", "paper_id", "position")),
                new AuditedAggregate("ExpertReviewer", "expert_reviewer", List.of("username")),
                AuditedAggregate.of("ReviewAssignment", "review_assignment").scopedBy(PAPERS_CONFERENCE),
                new AuditedAggregate("Review", "review", List.of("assignment_id"))
                        .scopedBy(ASSIGNED_PAPERS_CONFERENCE)
                        .withCollection(new AuditedCollection("scores", "review_score", "assignment_id", null)),
                AuditedAggregate.of("DeclaredConflict", "declared_conflict").scopedBy(PAPERS_CONFERENCE),
                new AuditedAggregate("ReviewForm", "review_form", List.of("conference_id"))
                        .scopedBy(OWN_CONFERENCE)
                        .withCollection(
                                new AuditedCollection("criteria", "review_criterion", "conference_id", "position")),
                AuditedAggregate.of("Bid", "review_bid").scopedBy(PAPERS_CONFERENCE),
                conferenceSetting("ReviewDeadline", "review_deadline"),
                conferenceSetting("AuthorResponseWindow", "author_response_window"),
                new AuditedAggregate("AuthorResponse", "author_response", List.of("paper_id"))
                        .scopedBy(PAPERS_CONFERENCE),
                AuditedAggregate.of("DiscussionPost", "discussion_post").scopedBy(PAPERS_CONFERENCE),
                AuditedAggregate.of("Manuscript", "manuscript").scopedBy(PAPERS_CONFERENCE),
                conferenceSetting("CameraReadyWindow", "camera_ready_window"),
                AuditedAggregate.of("CameraReady", "camera_ready").scopedBy(PAPERS_CONFERENCE),
                AuditedAggregate.of("PaperAward", "paper_award").scopedBy(OWN_CONFERENCE),
                AuditedAggregate.of("Society", "society"),
                AuditedAggregate.of("SocietyAward", "society_award"),
                AuditedAggregate.of("CollaborationIntent", "collaboration_intent")
                        .scopedBy(PAPERS_CONFERENCE)));
    }

    /** A setting of one conference, keyed by the conference's id. */
    private static AuditedAggregate conferenceSetting(String type, String table) {
        return new AuditedAggregate(type, table, List.of("conference_id")).scopedBy(OWN_CONFERENCE);
    }
}
