-- Follows and saved searches (关注与订阅): any signed-in user follows a published board item or a collaboration project,
-- and saves board searches under a name; notices of new matches and changes name them (internal topic).
create table follow (
    id             uuid          primary key,
    follower       varchar(100)  not null,
    board_item_id  uuid          references board_item (id),
    project_id     uuid          references collaboration_project (id),
    followed_at    timestamptz   not null,
    check ((board_item_id is null) <> (project_id is null))
);
-- once per person and target; the notices read the followers of one target, earliest first
create unique index follow_board_item on follow (board_item_id, follower) where board_item_id is not null;
create unique index follow_project on follow (project_id, follower) where project_id is not null;
create index follow_mine on follow (follower, followed_at desc, id);

create table saved_search (
    id          uuid          primary key,
    owner       varchar(100)  not null,
    name        varchar(100)  not null,
    zone_code   varchar(30)   references zone (code),
    kind        varchar(10)   check (kind in ('DEMAND', 'RESOURCE', 'PROJECT')),
    industry    varchar(50),
    query       varchar(100),
    created_at  timestamptz   not null,
    unique (owner, name)
);
create index saved_search_mine on saved_search (owner, created_at desc, id);

-- An item's followers hear once that it expired (a scheduled check): when they were told.
alter table board_item add column expiry_noticed_at timestamptz;
