-- 备注: a note with a trainee's standing at a session (e.g. why they were excused), as recorded or imported.
alter table attendance add column note varchar(500);
