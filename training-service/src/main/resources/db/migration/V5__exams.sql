-- Exam sittings of a programme and trainees' scores (out of 100), one per sitting, attempts numbered.
create table exam_sitting (
    id           uuid         primary key,
    programme_id uuid         not null references training_programme (id),
    title        varchar(200) not null,
    held_on      date         not null,
    pass_mark    numeric(4, 1) not null check (pass_mark between 0 and 100),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null
);

create index exam_sitting_programme on exam_sitting (programme_id, held_on);

create table exam_result (
    id           uuid         primary key,
    sitting_id   uuid         not null references exam_sitting (id),
    programme_id uuid         not null references training_programme (id),
    enrolment_id uuid         not null references enrolment (id),
    trainee      varchar(100) not null,
    score        numeric(4, 1) not null check (score between 0 and 100),
    passed       boolean      not null,
    attempt      integer      not null check (attempt >= 1),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null,
    unique (sitting_id, enrolment_id),
    unique (enrolment_id, attempt)
);

-- a trainee passes once
create unique index exam_result_one_pass on exam_result (enrolment_id) where passed;
