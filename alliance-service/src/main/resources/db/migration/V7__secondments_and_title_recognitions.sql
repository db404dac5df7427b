-- Alliance activities from the charter: cadres and technical staff seconded between zones
-- (互派优秀干部和专业技术骨干交流挂职) and mutual recognition of professional titles (职称互认).

-- A secondment is proposed by its home zone and accepted or declined by its host zone.
-- "Active" is not stored: an accepted secondment is active between its dates (China time).
create table secondment (
    id             uuid          primary key,
    person_name    varchar(100)  not null,
    position       varchar(200)  not null,
    kind           varchar(10)   not null check (kind in ('CADRE', 'TECHNICAL')),
    home_zone      varchar(30)   not null references zone (code),
    host_zone      varchar(30)   not null references zone (code),
    host_post      varchar(200),
    starts_on      date          not null,
    ends_on        date          not null,
    purpose        text          not null,
    status         varchar(10)   not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    proposed_by    varchar(100)  not null,
    proposed_at    timestamptz   not null,
    decided_by     varchar(100),
    decided_at     timestamptz,
    decision_note  varchar(2000),
    version        bigint        not null default 0,
    check (host_zone <> home_zone),
    check (ends_on >= starts_on),
    check ((status = 'PROPOSED') = (decided_at is null))
);

create index secondment_home on secondment (home_zone, starts_on desc);
create index secondment_host on secondment (host_zone, starts_on desc);
create index secondment_starts on secondment (starts_on desc, id);

-- A professional title obtained in one zone, recognised by another. The recognising zone's
-- reference numbers are unique: the constraint decides when two officers record one at once.
create table title_recognition (
    id                 uuid          primary key,
    person_name        varchar(100)  not null,
    title              varchar(100)  not null,
    series             varchar(100)  not null,
    level              varchar(20)   not null
        check (level in ('FULL_SENIOR', 'DEPUTY_SENIOR', 'INTERMEDIATE', 'ASSISTANT', 'JUNIOR')),
    issuing_zone       varchar(30)   not null references zone (code),
    issuing_authority  varchar(200)  not null,
    obtained_on        date,
    recognising_zone   varchar(30)   not null references zone (code),
    recognised_on      date          not null,
    reference_number   varchar(50)   not null,
    status             varchar(10)   not null check (status in ('RECOGNISED', 'REVOKED')),
    recorded_by        varchar(100)  not null,
    recorded_at        timestamptz   not null,
    revoked_by         varchar(100),
    revoked_at         timestamptz,
    revocation_reason  varchar(2000),
    version            bigint        not null default 0,
    check (recognising_zone <> issuing_zone),
    check (obtained_on is null or obtained_on <= recognised_on),
    check ((status = 'REVOKED') = (revoked_at is not null and revocation_reason is not null)),
    constraint title_recognition_reference_unique unique (recognising_zone, reference_number)
);

create index title_recognition_issuing on title_recognition (issuing_zone, recognised_on desc);
create index title_recognition_recognised on title_recognition (recognised_on desc, id);
