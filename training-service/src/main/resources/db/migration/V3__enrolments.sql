-- Trainees' places in a programme and its waiting list (served in queue_position order).
create sequence enrolment_queue;

create table enrolment (
    id             uuid         primary key,
    programme_id   uuid         not null references training_programme (id),
    trainee        varchar(100) not null,
    trainee_name   varchar(100) not null,
    organisation   varchar(200),
    status         varchar(12)  not null check (status in ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
    queue_position bigint       not null unique,
    requested_at   timestamptz  not null,
    enrolled_at    timestamptz,
    withdrawn_at   timestamptz,
    withdrawn_by   varchar(100),
    version        bigint       not null default 0,
    check (status <> 'ENROLLED' or enrolled_at is not null),
    check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawn_by is not null))
);

-- one current enrolment per trainee and programme; withdrawn ones stay as history
create unique index enrolment_one_current on enrolment (programme_id, trainee) where status <> 'WITHDRAWN';
create index enrolment_programme on enrolment (programme_id, status, queue_position);
create index enrolment_trainee on enrolment (trainee, queue_position);
