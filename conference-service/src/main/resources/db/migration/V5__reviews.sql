-- Blind expert review: the experts, their assignments (checked for conflicts of interest),
-- one review per assignment, and the organisers' decision on each paper.
create table expert_reviewer (
    username     varchar(100) primary key,
    name         varchar(100) not null,
    orcid        varchar(19),
    institution  varchar(200) not null,
    region       varchar(10)  not null check (region in ('SICHUAN', 'CHONGQING', 'OTHER')),
    registered_by varchar(100) not null,
    registered_at timestamptz  not null
);

create table review_assignment (
    id          uuid         primary key,
    paper_id    uuid         not null references paper (id),
    reviewer    varchar(100) not null references expert_reviewer (username),
    assigned_by varchar(100) not null,
    assigned_at timestamptz  not null,
    unique (paper_id, reviewer)
);

create index review_assignment_reviewer on review_assignment (reviewer, assigned_at desc);

create table review (
    assignment_id  uuid         primary key references review_assignment (id),
    originality    smallint     not null check (originality between 1 and 5),
    significance   smallint     not null check (significance between 1 and 5),
    rigour         smallint     not null check (rigour between 1 and 5),
    clarity        smallint     not null check (clarity between 1 and 5),
    recommendation varchar(20)  not null check (recommendation in ('ACCEPT', 'MINOR_REVISION', 'MAJOR_REVISION', 'REJECT')),
    comments       text         not null,
    submitted_at   timestamptz  not null
);

alter table paper add column decided_by varchar(100);
alter table paper add column decided_at timestamptz;
alter table paper add column decision_note text;
