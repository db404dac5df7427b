-- Technology offers on the board that come from other contexts; for now, collaboration intents
-- published in the conference context. A read model: rows change only through consumed events.
create table technology_offer (
    id                   uuid           primary key,
    source_type          varchar(50)    not null,
    source_id            varchar(100)   not null,
    source_link          varchar(300)   not null,
    kind                 varchar(10)    not null,
    title                varchar(200)   not null,
    summary              text           not null,
    disciplines          varchar(100)[] not null,
    keywords             varchar(100)[] not null,
    partner_types_sought varchar(100)[] not null,
    regions_sought       varchar(100)[] not null,
    offered_by           varchar(100)   not null,
    institution          varchar(200),
    status               varchar(20)    not null check (status in ('ACTIVE', 'WITHDRAWN')),
    published_at         timestamptz    not null,
    withdrawn_at         timestamptz,
    unique (source_type, source_id)
);

create index technology_offer_active on technology_offer (published_at desc, id) where status = 'ACTIVE';
