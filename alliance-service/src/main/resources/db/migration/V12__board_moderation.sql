-- Optional moderation (审核): per zone, the secretariat may require its approval before an officer's item reaches the
-- board. Such an item waits as SUBMITTED (off the public board); the secretariat approves it (PUBLISHED) or returns it
-- to the zone as a DRAFT with a reason, which the item keeps and shows until it is submitted again.
alter table zone add column moderation_required boolean not null default false;

alter table board_item drop constraint board_item_status_check;
alter table board_item add constraint board_item_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'WITHDRAWN'));
alter table board_item
    add column submitted_by  varchar(100),
    add column submitted_at  timestamptz,
    add column return_reason varchar(2000),
    add column returned_by   varchar(100),
    add column returned_at   timestamptz,
    add check (status <> 'SUBMITTED' or submitted_at is not null),
    add check ((return_reason is null) = (returned_at is null));

-- The secretariat's queue and a zone's own list of submitted items, newest first.
create index board_item_submitted on board_item (created_at desc, id) where status = 'SUBMITTED';
