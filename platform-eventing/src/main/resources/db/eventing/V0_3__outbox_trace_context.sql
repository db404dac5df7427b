-- The request that caused an event, so that a partner can follow it from the HTTP call to Kafka:
-- sent as the CloudEvents distributed-tracing attribute (ce_traceparent) and ce_requestid.
alter table outbox_event add column request_id varchar(128), add column traceparent varchar(55);
