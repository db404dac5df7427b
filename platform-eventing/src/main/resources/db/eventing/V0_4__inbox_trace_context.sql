-- The request that caused an applied event (from its ce_requestid and ce_traceparent), so an operator can
-- follow a change from the producer's HTTP call to its effect here; the effect's log lines carry it too.
alter table inbox_event add column request_id varchar(128), add column traceparent varchar(55);
