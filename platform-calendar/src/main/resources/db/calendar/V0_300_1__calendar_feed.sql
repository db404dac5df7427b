-- Private calendar feeds (platform-calendar): one row per feed a user created. The feed's URL carries a random secret;
-- only its SHA-256 is kept, so a copy of the database does not give anyone's calendar away. Revoking deletes the row.
create table calendar_feed (
    id          uuid         primary key,
    owner       varchar(255) not null,
    name        varchar(100) not null,
    secret_hash char(64)     not null unique,
    -- what the service must know of the owner when the feed is read without a token (e.g. the alliance: their zone)
    scope       varchar(200),
    created_at  timestamptz  not null
);

create index calendar_feed_owner on calendar_feed (owner, created_at);
