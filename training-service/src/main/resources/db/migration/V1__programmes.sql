-- Technology-broker training programmes (培训班).
-- The string lists are varchar[] (not text[]): Hibernate binds List<String> as varchar[].
create table training_programme (
    id            uuid         primary key,
    name          varchar(200) not null,
    level         varchar(20)  not null check (level in ('PRIMARY', 'INTERMEDIATE', 'ADVANCED')),
    organisers    varchar(200)[] not null,
    executors     varchar(200)[] not null,
    venue         varchar(200) not null,
    starts_on     date         not null,
    ends_on       date         not null,
    capacity      integer      not null check (capacity >= 1),
    teaching_mode varchar(10)  not null check (teaching_mode in ('ONLINE', 'OFFLINE', 'BLENDED')),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    check (ends_on >= starts_on)
);

create index training_programme_schedule on training_programme (starts_on desc, id);
create index training_programme_level on training_programme (level, starts_on desc, id);
