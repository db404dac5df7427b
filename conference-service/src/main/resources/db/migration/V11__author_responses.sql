-- Author response: per conference an optional window (China's dates, both inclusive) with a word limit, in which the
-- submitter of a paper under review answers its anonymised reviews; one response per paper, replaced until the window
-- closes or the paper is decided.
create table author_response_window (
    conference_id uuid         primary key references conference (id),
    opens_on      date         not null,
    closes_on     date         not null,
    word_limit    integer      not null check (word_limit between 1 and 5000),
    set_by        varchar(100) not null,
    set_at        timestamptz  not null,
    version       bigint       not null default 0,
    check (closes_on >= opens_on)
);

create table author_response (
    paper_id     uuid         primary key references paper (id),
    text         text         not null,
    words        integer      not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);
