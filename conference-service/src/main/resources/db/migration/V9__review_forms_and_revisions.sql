-- Review forms per conference (criteria with zh/en labels, scale, weight, required), scores per criterion instead
-- of the four fixed columns (moved over: they are the default form's criteria), and reviews revised until the
-- decision with every revision kept.
create table review_form (
    conference_id uuid         primary key references conference (id),
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);

create table review_criterion (
    conference_id uuid         not null references review_form (conference_id) on delete cascade,
    position      integer      not null,
    criterion_key varchar(50)  not null,
    label_zh      varchar(100) not null,
    label_en      varchar(100) not null,
    scale_min     smallint     not null,
    scale_max     smallint     not null,
    weight        smallint     not null check (weight between 1 and 100),
    required      boolean      not null,
    check (scale_min < scale_max),
    primary key (conference_id, position),
    unique (conference_id, criterion_key)
);

create table review_score (
    assignment_id uuid        not null references review (assignment_id),
    criterion     varchar(50) not null,
    score         smallint    not null,
    primary key (assignment_id, criterion)
);

insert into review_score (assignment_id, criterion, score)
select assignment_id, 'originality', originality from review
union all select assignment_id, 'significance', significance from review
union all select assignment_id, 'rigour', rigour from review
union all select assignment_id, 'clarity', clarity from review;

alter table review drop column originality;
alter table review drop column significance;
alter table review drop column rigour;
alter table review drop column clarity;
alter table review add column revision integer not null default 1;
alter table review add column revised_at timestamptz;

-- Every revision of a review as it was submitted, the first included.
create table review_revision (
    id             uuid        primary key,
    assignment_id  uuid        not null references review (assignment_id),
    revision       integer     not null,
    recommendation varchar(20) not null,
    comments       text        not null,
    submitted_at   timestamptz not null,
    unique (assignment_id, revision)
);

create table review_revision_score (
    revision_id uuid        not null references review_revision (id) on delete cascade,
    criterion   varchar(50) not null,
    score       smallint    not null,
    primary key (revision_id, criterion)
);

insert into review_revision (id, assignment_id, revision, recommendation, comments, submitted_at)
select gen_random_uuid(), assignment_id, 1, recommendation, comments, submitted_at from review;

insert into review_revision_score (revision_id, criterion, score)
select rr.id, s.criterion, s.score from review_revision rr join review_score s on s.assignment_id = rr.assignment_id;
