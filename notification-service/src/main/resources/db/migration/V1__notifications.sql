-- In-app notifications: one per recipient and message; rendered in the reader's language when read.
create table notification (
    id          uuid         primary key,
    recipient   varchar(100) not null,
    category    varchar(40)  not null,
    kind        varchar(60)  not null,
    params      text         not null,
    event_id    varchar(200) not null,
    created_at  timestamptz  not null,
    read_at     timestamptz,
    -- an event makes at most one message of a kind for a person, whatever redelivers it
    unique (recipient, kind, event_id)
);
create index notification_mine on notification (recipient, created_at desc, id);
create index notification_unread on notification (recipient) where read_at is null;

-- E-mails to send, written with the notification (an outbox): sent after commit, retried, never lost by a restart.
create table email_dispatch (
    id              uuid         primary key,
    notification_id uuid         not null references notification (id),
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    address         varchar(320),
    locale          varchar(10),
    sent_at         timestamptz,
    last_error      text
);
create index email_dispatch_due on email_dispatch (next_attempt_at) where status = 'PENDING';

-- People's choices: a row is a category they want no e-mail for.
create table email_opt_out (
    subject    varchar(100) not null,
    category   varchar(40)  not null,
    opted_at   timestamptz  not null,
    primary key (subject, category)
);

-- Read models from other contexts' events, kept for the rules that need them.
create table certificate_holder (
    certificate_id     uuid         primary key,
    certificate_number varchar(40)  not null,
    holder_subject     varchar(100) not null,
    holder_name        varchar(200) not null
);

create table open_demand (
    item_id     uuid         primary key,
    zone        varchar(40)  not null,
    title       varchar(200) not null,
    terms       text[]       not null
);
