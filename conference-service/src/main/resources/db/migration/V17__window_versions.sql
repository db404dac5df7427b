-- A version per review deadline and camera-ready window, raised by each change, so that two changes within one second
-- are told apart (calendar feeds give it as the event's SEQUENCE; clients take the higher one). Their audit tables
-- (V16) keep the same columns as the audited tables.
alter table review_deadline add column version bigint not null default 0;
alter table review_deadline_aud add column version bigint;
alter table camera_ready_window add column version bigint not null default 0;
alter table camera_ready_window_aud add column version bigint;
