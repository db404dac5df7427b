-- W3C Bitstring Status List v1.0: each credential issued from now on names one bit of a published revocation list.
-- Positions are drawn from one sequence: list = position / 131072, index = a scatter of position % 131072.
create sequence certificate_status_position minvalue 0 start 0;

-- one row per list: 131,072 bits (16 KB, the spec's minimum for group privacy), bit 0 the left-most of byte 0;
-- version counts the changes, so that the published list's ETag changes with it
create table certificate_status_list (
    list       integer     primary key check (list >= 0),
    bits       bytea       not null check (octet_length(bits) = 16384),
    version    bigint      not null,
    updated_at timestamptz not null
);

-- certificates issued before this migration carry no credentialStatus: null
alter table certificate add column status_list integer references certificate_status_list (list);
alter table certificate add column status_list_index integer check (status_list_index between 0 and 131071);
alter table certificate add constraint certificate_status_entry_unique unique (status_list, status_list_index);
alter table certificate add constraint certificate_status_entry_whole
    check ((status_list is null) = (status_list_index is null));
