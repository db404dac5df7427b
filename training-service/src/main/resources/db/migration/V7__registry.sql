-- Technology-transfer registry: demonstration institutions (named, and reported counts) and
-- technology-contract turnover by region, year and contract type, in yuan.
create table demonstration_institution (
    id            uuid         primary key,
    name          varchar(200) not null,
    level         varchar(10)  not null check (level in ('NATIONAL', 'MUNICIPAL')),
    region        varchar(10)  not null check (region in ('SICHUAN', 'CHONGQING')),
    recognised_in integer      check (recognised_in between 1980 and 2100),
    description   varchar(2000),
    registered_by varchar(100) not null,
    registered_at timestamptz  not null,
    unique (name, level)
);

create index demonstration_institution_region on demonstration_institution (region, level, name);

create table demonstration_institution_count (
    region     varchar(10)  not null check (region in ('SICHUAN', 'CHONGQING')),
    level      varchar(10)  not null check (level in ('NATIONAL', 'MUNICIPAL')),
    as_of_year integer      not null check (as_of_year between 1980 and 2100),
    count      integer      not null check (count >= 0),
    source     varchar(300),
    updated_by varchar(100) not null,
    updated_at timestamptz  not null,
    primary key (region, level, as_of_year)
);

create table technology_contract_statistic (
    region         varchar(10)    not null check (region in ('SICHUAN', 'CHONGQING')),
    year           integer        not null check (year between 1980 and 2100),
    development    numeric(18, 2) check (development >= 0),
    transfer       numeric(18, 2) check (transfer >= 0),
    service        numeric(18, 2) check (service >= 0),
    consulting     numeric(18, 2) check (consulting >= 0),
    reported_total numeric(18, 2) check (reported_total >= 0),
    source         varchar(300),
    updated_by     varchar(100)   not null,
    updated_at     timestamptz    not null,
    primary key (region, year),
    check (reported_total is not null or development is not null or transfer is not null
           or service is not null or consulting is not null),
    check (reported_total is null
           or coalesce(development, 0) + coalesce(transfer, 0) + coalesce(service, 0) + coalesce(consulting, 0) <= reported_total)
);
