-- platform-audit, second step: the actor's zone and the audit tables of element collections.

-- The zone the actor acts for (alliance-service's zone officers carry one in their token); null for everyone else.
-- Adding a column is not an update of the rows: the immutability triggers stay as they are.
alter table audit_revision add column zone varchar(50);
create index audit_revision_zone on audit_revision (zone, recorded_at desc) where zone is not null;

-- Makes <collection>_aud for an @ElementCollection of an audited aggregate: Envers writes one row per element a
-- revision added (revtype 0) or removed (2), never an update. No primary key: an element's columns may be null, and a
-- revision that replaces an element at a position removes and adds rows with the same owner and position. Read by
-- owner as text (platform-audit's AuditTrail compares the aggregate id's text), hence the index on that.
create function create_collection_audit_table(collection regclass, owner_column name) returns void
language plpgsql as $$
declare
    aud text := collection::text || '_aud';
    col record;
begin
    execute format('create table %I (like %s)', aud, collection);
    for col in select attname from pg_attribute
               where attrelid = aud::regclass and attnum > 0 and not attisdropped and attnotnull loop
        execute format('alter table %I alter column %I drop not null', aud, col.attname);
    end loop;
    execute format('alter table %I add column rev bigint not null references audit_revision (id), '
                   || 'add column revtype smallint not null check (revtype in (0, 2))', aud);
    execute format('create index %I on %I ((%I::text), rev)', aud || '_owner', aud, owner_column);
    execute format('create trigger %I before update or delete on %I '
                   || 'for each row execute function refuse_change_to_audit_trail()', aud || '_immutable', aud);
    execute format('create trigger %I before truncate on %I '
                   || 'for each statement execute function refuse_change_to_audit_trail()', aud || '_no_truncate', aud);
end $$;
