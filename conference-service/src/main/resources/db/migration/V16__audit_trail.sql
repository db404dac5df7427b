-- The audit trail (留痕, platform-audit's db/audit): the records people change through the API get an insert-only
-- <table>_aud, their element collections (tracks, authors, scores, criteria) a <collection>_aud. Not audited: the
-- review revisions (review_revision is itself the insert-only history of a review), assignment proposals (computed
-- suggestions; applying one creates audited assignments), the award quotas and announcements (written by native SQL,
-- outside the persistence context), and technical tables (outbox, inbox, idempotency keys).
select create_audit_table('conference');
select create_collection_audit_table('conference_track', 'conference_id');
select create_audit_table('paper');
select create_collection_audit_table('paper_author', 'paper_id');
select create_audit_table('expert_reviewer');
select create_audit_table('review_assignment');
select create_audit_table('review');
select create_collection_audit_table('review_score', 'assignment_id');
select create_audit_table('declared_conflict');
select create_audit_table('review_form');
select create_collection_audit_table('review_criterion', 'conference_id');
select create_audit_table('review_bid');
select create_audit_table('review_deadline');
select create_audit_table('author_response_window');
select create_audit_table('author_response');
select create_audit_table('discussion_post');
select create_audit_table('manuscript');
select create_audit_table('camera_ready_window');
select create_audit_table('camera_ready');
select create_audit_table('paper_award');
select create_audit_table('society');
select create_audit_table('society_award');
select create_audit_table('collaboration_intent');
