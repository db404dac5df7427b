-- Party-building seminars (党建研讨会): the charter asks for at least one a year.
create table seminar (
    id              uuid          primary key,
    title           varchar(200)  not null,
    host_zone       varchar(30)   not null references zone (code),
    held_on         date          not null,
    attending_zones varchar(30)[] not null,
    summary         text,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null
);

create index seminar_held_on on seminar (held_on desc);
