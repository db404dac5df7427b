-- The last contact day (last consultation, else signing) whose overdue consultation was announced
-- (project.consultation-overdue.v1); a new consultation starts a new period, announced in its turn.
alter table collaboration_project add column overdue_noticed_for date;
