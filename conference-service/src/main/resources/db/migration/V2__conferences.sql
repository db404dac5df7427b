-- Conference editions (学术大会) with their tracks (disciplines) and call-for-papers window.
create table conference (
    id              uuid           primary key,
    name            varchar(200)   not null,
    edition         integer        not null check (edition >= 1),
    city            varchar(50)    not null,
    starts_on       date           not null,
    ends_on         date           not null,
    organisers      varchar(200)[] not null,
    call_opens_on   date           not null,
    call_closes_on  date           not null,
    created_by      varchar(100)   not null,
    created_at      timestamptz    not null,
    version         bigint         not null default 0,
    check (ends_on >= starts_on),
    check (call_closes_on >= call_opens_on),
    unique (name, edition)
);

create table conference_track (
    conference_id uuid         not null references conference (id) on delete cascade,
    position      integer      not null,
    code          varchar(50)  not null,
    name          varchar(100) not null,
    primary key (conference_id, position),
    unique (conference_id, code)
);

create index conference_starts_on on conference (starts_on desc, id);
