-- One row per trainee present at a session (online or offline); absence is the lack of a row.
create table attendance (
    id           uuid         primary key,
    session_id   uuid         not null references course_session (id),
    programme_id uuid         not null references training_programme (id),
    enrolment_id uuid         not null references enrolment (id),
    trainee      varchar(100) not null,
    mode         varchar(10)  not null check (mode in ('ONLINE', 'OFFLINE')),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null,
    unique (session_id, enrolment_id)
);

create index attendance_enrolment on attendance (enrolment_id);
