-- Periodic releases (定期收集发布): the secretariat opens a collection round, zones submit their
-- published board items into it, the secretariat closes it and publishes the release, an immutable
-- snapshot of the items as they were at publication. The round's row is the release's header.
create table collection_round (
    id                  uuid          primary key,
    name                varchar(100)  not null unique,
    period_start        date          not null,
    period_end          date          not null,
    submission_deadline date          not null,
    status              varchar(10)   not null check (status in ('OPEN', 'CLOSED', 'PUBLISHED')),
    opened_by           varchar(100)  not null,
    opened_at           timestamptz   not null,
    closed_by           varchar(100),
    closed_at           timestamptz,
    published_by        varchar(100),
    published_at        timestamptz,
    check (period_end >= period_start),
    check (status = 'OPEN' or closed_at is not null),
    check (status <> 'PUBLISHED' or published_at is not null)
);

-- Public list of releases, newest first.
create index collection_round_published on collection_round (published_at desc, id) where status = 'PUBLISHED';

-- An item enters a round at most once.
create table round_submission (
    id           uuid          primary key,
    round_id     uuid          not null references collection_round (id),
    item_id      uuid          not null references board_item (id),
    zone_code    varchar(30)   not null references zone (code),
    kind         varchar(10)   not null check (kind in ('DEMAND', 'RESOURCE', 'PROJECT')),
    submitted_by varchar(100)  not null,
    submitted_at timestamptz   not null,
    unique (round_id, item_id)
);

create index round_submission_round on round_submission (round_id, submitted_at desc);

-- The release's content: copies of the submitted items' content at publication, with no link to
-- board_item that a later edit, withdrawal or purge of the item could follow.
create table release_item (
    id            uuid           primary key,
    round_id      uuid           not null references collection_round (id),
    item_id       uuid           not null,
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
    unique (round_id, item_id)
);

create index release_item_round on release_item (round_id, kind, zone_code);

-- The database itself keeps a release immutable, whatever code or operator writes to it:
-- a published round never changes, its snapshot rows are written only while it is being published
-- (the round is CLOSED until the same transaction marks it PUBLISHED), and never updated or deleted.
create function refuse_change_to_published_round() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'collection round % is published: releases are immutable', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger collection_round_immutable_once_published
    before update or delete on collection_round
    for each row execute function refuse_change_to_published_round();

create function refuse_change_to_release_item() returns trigger language plpgsql as $$
declare
    round_status varchar(10);
begin
    if tg_op = 'INSERT' then
        select status into round_status from collection_round where id = new.round_id;
        if round_status is distinct from 'CLOSED' then
            raise exception 'collection round % is %: only a closed round being published gets release items',
                new.round_id, coalesce(round_status, 'missing');
        end if;
        return new;
    end if;
    raise exception 'release items are immutable: % refused on round %', lower(tg_op), old.round_id;
end $$;

create trigger release_item_immutable
    before insert or update or delete on release_item
    for each row execute function refuse_change_to_release_item();

create function refuse_truncate_release() returns trigger language plpgsql as $$
begin
    raise exception 'releases are immutable: truncate of % refused', tg_table_name;
end $$;

create trigger release_item_no_truncate
    before truncate on release_item
    for each statement execute function refuse_truncate_release();

-- Submissions change only while their round is open.
create function refuse_submission_change_unless_open() returns trigger language plpgsql as $$
declare
    round_status varchar(10);
begin
    select status into round_status from collection_round
        where id = case when tg_op = 'DELETE' then old.round_id else new.round_id end;
    if round_status is distinct from 'OPEN' then
        raise exception 'collection round % is %: its submissions no longer change',
            case when tg_op = 'DELETE' then old.round_id else new.round_id end, coalesce(round_status, 'missing');
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger round_submission_only_while_open
    before insert or update or delete on round_submission
    for each row execute function refuse_submission_change_unless_open();
