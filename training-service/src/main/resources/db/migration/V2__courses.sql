-- Courses of a programme (16 for the 2020 primary course) and their teaching sessions.
create table training_course (
    id                     uuid         primary key,
    programme_id           uuid         not null references training_programme (id),
    title                  varchar(200) not null,
    instructor_name        varchar(100) not null,
    instructor_affiliation varchar(200) not null,
    instructor_account     varchar(100) not null,
    mode                   varchar(10)  not null check (mode in ('ONLINE', 'OFFLINE')),
    starts_on              date         not null,
    ends_on                date         not null,
    hours                  numeric(4, 1) not null check (hours > 0),
    created_by             varchar(100) not null,
    created_at             timestamptz  not null,
    version                bigint       not null default 0,
    check (ends_on >= starts_on)
);

create index training_course_programme on training_course (programme_id, starts_on, title, id);
create index training_course_instructor on training_course (instructor_account, programme_id);

-- programme_id is the course's, kept here so that a programme's sessions are counted without a join
create table course_session (
    id           uuid         primary key,
    course_id    uuid         not null references training_course (id),
    programme_id uuid         not null references training_programme (id),
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    topic        varchar(200),
    location     varchar(300),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    check (ends_at > starts_at)
);

create index course_session_course on course_session (course_id, starts_at);
create index course_session_programme on course_session (programme_id);
