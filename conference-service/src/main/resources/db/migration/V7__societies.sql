-- Learned societies (学会) and their annual first-class awards (年度川渝一流学会).
create table society (
    id           uuid         primary key,
    name         varchar(200) not null unique,
    region       varchar(10)  not null check (region in ('SICHUAN', 'CHONGQING', 'OTHER')),
    founded_year integer      check (founded_year between 1900 and 2100),
    members      integer      check (members >= 0),
    description  text,
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);

create table society_award (
    id         uuid         primary key,
    society_id uuid         not null references society (id),
    year       integer      not null check (year between 2000 and 2100),
    citation   text,
    decided_by varchar(100) not null,
    decided_at timestamptz  not null,
    -- at most one first-class award per society and year, even under concurrent grants
    unique (society_id, year)
);

create index society_award_year on society_award (year);
