-- Excellent-paper awards (优秀论文): quotas per conference and grade, grants to accepted papers,
-- and the announcement after which the list is public.
create table award_quota (
    conference_id uuid        not null references conference (id),
    grade         varchar(10) not null check (grade in ('SPECIAL', 'FIRST', 'SECOND', 'THIRD')),
    quota         integer     not null check (quota >= 0),
    primary key (conference_id, grade)
);

create table paper_award (
    id            uuid         primary key,
    conference_id uuid         not null references conference (id),
    paper_id      uuid         not null unique references paper (id),
    grade         varchar(10)  not null check (grade in ('SPECIAL', 'FIRST', 'SECOND', 'THIRD')),
    citation      text,
    granted_by    varchar(100) not null,
    granted_at    timestamptz  not null
);

create index paper_award_conference on paper_award (conference_id, grade);

create table award_announcement (
    conference_id uuid         primary key references conference (id),
    announced_by  varchar(100) not null,
    announced_at  timestamptz  not null
);
