-- The certificate-signing key, generated on first use (unless configured); one active key.
create table signing_key (
    kid         varchar(64)  primary key,
    algorithm   varchar(10)  not null check (algorithm = 'EdDSA'),
    public_key  text         not null,
    private_key text         not null,
    active      boolean      not null,
    created_at  timestamptz  not null
);

create unique index signing_key_one_active on signing_key (active) where active;

-- Certificate numbers per year of issue: NTTB-2020-000001, NTTB-2020-000002, ...
create table certificate_number_counter (
    year       integer primary key,
    last_value bigint  not null
);

create table certificate (
    id                uuid         primary key,
    number            varchar(40)  not null unique,
    verification_code varchar(12)  not null,
    enrolment_id      uuid         not null references enrolment (id),
    programme_id      uuid         not null references training_programme (id),
    programme_name    varchar(200) not null,
    level             varchar(20)  not null check (level in ('PRIMARY', 'INTERMEDIATE', 'ADVANCED')),
    holder_subject    varchar(100) not null,
    holder_name       varchar(100) not null,
    issuer            varchar(100) not null,
    issued_on         date         not null,
    expires_on        date         not null,
    credential        text         not null,
    issued_by         varchar(100) not null,
    issued_at         timestamptz  not null,
    revoked_at        timestamptz,
    revoked_by        varchar(100),
    revocation_reason varchar(500),
    check (expires_on > issued_on),
    check ((revoked_at is null) = (revocation_reason is null))
);

-- one certificate in force per enrolment; a revoked one stays on record
create unique index certificate_one_current on certificate (enrolment_id) where revoked_at is null;
create index certificate_holder on certificate (holder_subject, issued_at desc);
create index certificate_programme on certificate (programme_id, number);
