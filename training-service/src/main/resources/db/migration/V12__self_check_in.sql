-- Attendance statuses: PRESENT and LATE attended (online or offline), EXCUSED and ABSENT did not (no mode). Each
-- weighs in the attendance rate as configured. Records made before this migration were all of trainees present.
alter table attendance add column status varchar(10) not null default 'PRESENT'
    check (status in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT'));
alter table attendance alter column status drop default;
alter table attendance alter column mode drop not null;
alter table attendance add constraint attendance_mode_when_attended
    check ((status in ('PRESENT', 'LATE')) = (mode is not null));

-- Self check-in of a session: the secret its rotating codes are computed with (HMAC-SHA256 of the session and the
-- 30-second step), the join token of an online session, and when its window was closed (the trainees who had not
-- checked in then recorded ABSENT). Created when the instructor first shows the code.
create table session_check_in (
    session_id uuid        primary key references course_session (id),
    secret     bytea       not null check (octet_length(secret) = 32),
    join_token varchar(43) not null unique,
    created_at timestamptz not null,
    closed_at  timestamptz
);

-- what the closing check looks for
create index session_check_in_open on session_check_in (session_id) where closed_at is null;
