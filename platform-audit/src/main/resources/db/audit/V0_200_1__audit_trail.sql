-- platform-audit: the audit trail (留痕). Hibernate Envers writes one revision per transaction that changes an audited
-- aggregate, and per changed row a copy of its state in <table>_aud, in the same transaction as the change. The
-- database keeps the trail immutable whatever code or operator writes to it: rows are only ever inserted.
-- A service lists db/audit in quarkus.flyway.locations and calls create_audit_table('<table>') in its own migrations.

create table audit_revision (
    id          bigint       generated always as identity primary key,
    recorded_at timestamptz  not null,
    -- token principal name, or 'system' for scheduled jobs and event consumers
    actor       varchar(100) not null,
    -- the actor's realm roles, comma-separated (empty for 'system')
    roles       varchar(500) not null,
    request_id  varchar(128),
    traceparent varchar(55)
);

create index audit_revision_recorded_at on audit_revision (recorded_at desc, id desc);
create index audit_revision_actor on audit_revision (actor);

create function refuse_change_to_audit_trail() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is immutable: % on % refused', lower(tg_op), tg_table_name
        using errcode = 'restrict_violation';
end $$;

-- Makes <audited>_aud: the audited table's columns (all nullable: Envers writes only the id of a deleted row), the
-- revision and its type (0 created, 1 updated, 2 deleted), keyed by the audited key and the revision, insert-only.
-- A later migration that adds a column to an audited table adds it to its _aud table too.
create function create_audit_table(audited regclass) returns void language plpgsql as $$
declare
    aud text := audited::text || '_aud';
    key_columns text;
    col record;
begin
    select string_agg(quote_ident(a.attname), ', ' order by array_position(i.indkey, a.attnum))
        into key_columns
        from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
        where i.indrelid = audited and i.indisprimary;
    execute format('create table %I (like %s)', aud, audited);
    for col in select attname from pg_attribute
               where attrelid = aud::regclass and attnum > 0 and not attisdropped and attnotnull loop
        execute format('alter table %I alter column %I drop not null', aud, col.attname);
    end loop;
    execute format('alter table %I add column rev bigint not null references audit_revision (id), '
                   || 'add column revtype smallint not null check (revtype in (0, 1, 2)), '
                   || 'add primary key (%s, rev)', aud, key_columns);
    execute format('create index %I on %I (rev)', aud || '_rev', aud);
    execute format('create trigger %I before update or delete on %I '
                   || 'for each row execute function refuse_change_to_audit_trail()', aud || '_immutable', aud);
    execute format('create trigger %I before truncate on %I '
                   || 'for each statement execute function refuse_change_to_audit_trail()', aud || '_no_truncate', aud);
end $$;

create trigger audit_revision_immutable
    before update or delete on audit_revision
    for each row execute function refuse_change_to_audit_trail();
create trigger audit_revision_no_truncate
    before truncate on audit_revision
    for each statement execute function refuse_change_to_audit_trail();
