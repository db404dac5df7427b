-- The eventing backbone's tables, shared by every service (Flyway location db/eventing).
-- Versions 0.x belong to this library; a service's own migrations start at V1.

-- Events written in the same transaction as the change they report, relayed to Kafka in id order.
create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid         not null unique,
    topic          varchar(249) not null,
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(100) not null,
    event_type     varchar(200) not null,
    payload        text         not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz,
    attempts       integer      not null default 0,
    last_error     text
);

-- The relay only ever scans what is still pending.
create index outbox_event_pending on outbox_event (id) where published_at is null;
-- Housekeeping deletes old published rows.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- One row per event a consumer has applied, committed with the effect: a redelivery finds it and changes nothing.
create table inbox_event (
    consumer   varchar(100) not null,
    source     varchar(200) not null,
    event_id   varchar(200) not null,
    event_type varchar(200) not null,
    applied_at timestamptz  not null default now(),
    primary key (consumer, source, event_id)
);
