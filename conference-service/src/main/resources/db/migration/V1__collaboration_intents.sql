-- Collaboration intents (橄榄枝): what a researcher offers or seeks.
create table collaboration_intent (
    id                   uuid         primary key,
    kind                 varchar(10)  not null check (kind in ('OFFER', 'SEEK')),
    title                varchar(200) not null,
    summary              text         not null,
    disciplines          varchar(100)[] not null,
    keywords             varchar(100)[] not null,
    partner_types_sought varchar(100)[] not null,
    regions_sought       varchar(100)[] not null,
    paper_id             uuid,
    published_by         varchar(100) not null,
    institution          varchar(200),
    status               varchar(20)  not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    published_at         timestamptz  not null,
    withdrawn_at         timestamptz,
    version              bigint       not null default 0
);

create index collaboration_intent_published on collaboration_intent (published_at desc, id) where status = 'PUBLISHED';
create index collaboration_intent_owner on collaboration_intent (published_by);
