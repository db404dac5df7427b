-- Review deadlines: per conference the last day (China's date, inclusive) reviews are due. The scheduled check claims
-- each unreviewed assignment once for a reminder in the notice period before it and once as overdue after it; moving
-- the deadline clears the claims of the conference's unreviewed assignments, so their reviewers hear of the new date.
create table review_deadline (
    conference_id uuid         primary key references conference (id),
    due_on        date         not null,
    set_by        varchar(100) not null,
    set_at        timestamptz  not null
);

alter table review_assignment
    add column reminded_at        timestamptz,
    add column overdue_noticed_at timestamptz;
