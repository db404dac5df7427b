-- Partners' webhook subscriptions: where to deliver which event types, signed with the subscription's secret.
create table webhook_subscription (
    id          uuid          primary key,
    owner       varchar(100)  not null,
    target_url  varchar(2000) not null,
    event_types text[]        not null,
    description varchar(500),
    secret      varchar(100)  not null,
    status      varchar(20)   not null,
    created_at  timestamptz   not null
);
create index webhook_subscription_owner on webhook_subscription (owner, created_at desc);

-- One delivery per subscription and event, attempted until the target answers 2xx or 24 hours have passed.
create table webhook_delivery (
    id              uuid          primary key,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        varchar(200)  not null,
    event_source    varchar(200)  not null,
    event_type      varchar(200)  not null,
    event_subject   varchar(200),
    event_time      timestamptz,
    payload         text          not null,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    first_attempt_at timestamptz,
    next_attempt_at timestamptz   not null,
    last_attempt_at timestamptz,
    last_status_code integer,
    last_latency_ms bigint,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz   not null,
    unique (subscription_id, event_source, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id);
