-- The audit trail (留痕, platform-audit's db/audit): the records zone officers and the secretariat change through the
-- API get an insert-only <table>_aud. Not audited: release items (a published release is itself immutable), project
-- transitions (the insert-only history of a project's stages), the read models fed by other services' events
-- (technology offers, certified brokers), and technical tables (outbox, inbox, idempotency keys).
select create_audit_table('zone');
select create_audit_table('board_item');
select create_audit_table('interest');
select create_audit_table('collection_round');
select create_audit_table('round_submission');
select create_audit_table('collaboration_project');
select create_audit_table('project_milestone');
select create_audit_table('project_consultation');
select create_audit_table('seminar');
select create_audit_table('secondment');
select create_audit_table('title_recognition');
