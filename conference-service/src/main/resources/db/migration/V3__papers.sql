-- Papers submitted to a conference, with their ordered authors.
create table paper (
    id             uuid          primary key,
    conference_id  uuid          not null references conference (id),
    track_code     varchar(50)   not null,
    title          varchar(300)  not null,
    abstract       text          not null,
    keywords       varchar(50)[] not null,
    status         varchar(20)   not null check (status in ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED')),
    cross_region   boolean       not null,
    submitted_by   varchar(100)  not null,
    submitted_at   timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);

create table paper_author (
    paper_id      uuid         not null references paper (id) on delete cascade,
    position      integer      not null,
    name          varchar(100) not null,
    orcid         varchar(19),
    institution   varchar(200) not null,
    region        varchar(10)  not null check (region in ('SICHUAN', 'CHONGQING', 'OTHER')),
    corresponding boolean      not null,
    primary key (paper_id, position)
);

create index paper_conference on paper (conference_id, submitted_at desc, id);
create index paper_submitter on paper (submitted_by, submitted_at desc);
create index paper_author_name on paper_author (name);
create index paper_author_institution on paper_author (institution);
