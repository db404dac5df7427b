-- The board's lists (需求 demands, 资源 resources, 项目 projects), published by member zones.
create extension if not exists pg_trgm;

create table board_item (
    id            uuid           primary key,
    zone_code     varchar(30)    not null references zone (code),
    kind          varchar(10)    not null check (kind in ('DEMAND', 'RESOURCE', 'PROJECT')),
    title         varchar(200)   not null,
    description   text           not null,
    industries    varchar(50)[]  not null,
    keywords      varchar(50)[]  not null,
    contact_name  varchar(100)   not null,
    contact_phone varchar(30),
    contact_email varchar(200),
    valid_from    date           not null,
    valid_until   date           not null,
    status        varchar(10)    not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by    varchar(100)   not null,
    created_at    timestamptz    not null,
    published_at  timestamptz,
    withdrawn_at  timestamptz,
    version       bigint         not null default 0,
    check (valid_until >= valid_from)
);

-- Public listing: published items, newest first, filtered by zone and kind.
create index board_item_published on board_item (published_at desc, id) where status = 'PUBLISHED';
create index board_item_zone_kind on board_item (zone_code, kind, published_at desc) where status = 'PUBLISHED';
create index board_item_industries on board_item using gin (industries);
-- Chinese keyword search by substring: trigram indexes work on CJK text under the C.UTF-8 ctype.
create index board_item_title_trgm on board_item using gin (title gin_trgm_ops);
create index board_item_description_trgm on board_item using gin (description gin_trgm_ops);
