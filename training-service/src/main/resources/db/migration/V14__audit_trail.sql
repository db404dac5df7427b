-- The audit trail (留痕, platform-audit's db/audit): the aggregates users change through the API get an insert-only
-- <table>_aud; not the read models fed by events (broker_signed_project), nor technical tables (outbox, inbox,
-- idempotency keys, signing keys, counters), nor session_check_in (a check-in window holding its join token, a secret).
select create_audit_table('training_programme');
select create_audit_table('training_course');
select create_audit_table('course_session');
select create_audit_table('enrolment');
select create_audit_table('attendance');
select create_audit_table('exam_sitting');
select create_audit_table('exam_result');
select create_audit_table('certificate');
select create_audit_table('technology_contract_statistic');
select create_audit_table('demonstration_institution');
