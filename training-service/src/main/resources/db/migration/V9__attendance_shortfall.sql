-- Trainees announced as no longer able to reach the exam's minimum attendance: once per enrolment.
create table attendance_shortfall (
    enrolment_id uuid        primary key references enrolment (id),
    announced_at timestamptz not null
);
