-- The test-only aggregate of platform-eventing's tests: notes written here (outbox side) and the copies a
-- consumer makes of them from their events (inbox side).
create table note (
    id       uuid         primary key,
    title    varchar(200) not null,
    revision integer      not null,
    withdrawn boolean     not null
);

-- applications counts how often an event's effect ran for the note: the inbox must make that once per event.
create table note_copy (
    note_id      varchar(100) primary key,
    title        varchar(200) not null,
    status       varchar(20)  not null,
    applications integer      not null
);
