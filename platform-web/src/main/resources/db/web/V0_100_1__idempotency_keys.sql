-- platform-web: the Idempotency-Key of each POST that sent one (cn.chuanyu.web.idempotency). The row is inserted in
-- the transaction of the request's effect and commits with it, holding the first answer, so a retry within 24 hours
-- gets that answer instead of a second effect; a concurrent duplicate waits on the row's lock until the first commits.
create table idempotency_key (
    caller          varchar(255) not null,  -- the token's principal, '' for an anonymous caller: keys are per caller
    idempotency_key varchar(255) not null,
    method          varchar(10)  not null,
    target          text         not null,  -- path and query of the first request
    request_hash    bytea        not null,  -- SHA-256 of the first request's body
    status          integer,                -- the first answer; never null once committed
    content_type    varchar(255),
    location        text,
    body            bytea,
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);

create index idempotency_key_expiry on idempotency_key (expires_at);
