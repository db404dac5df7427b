-- An event Kafka will never accept (e.g. larger than the broker allows) is parked instead of
-- blocking every later event: kept with its error for operators, who fix and release it
-- (update outbox_event set parked_at = null where id = ...).
alter table outbox_event add column parked_at timestamptz;

drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (id) where published_at is null and parked_at is null;
