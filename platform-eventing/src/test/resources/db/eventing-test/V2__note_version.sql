-- Optimistic locking on notes, as a service's aggregates have it: the REST tests check that an answer built after a
-- change shows the version the change committed, with an Idempotency-Key as without one.
alter table note add column version integer not null default 0;
