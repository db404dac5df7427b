-- Manuscripts: every uploaded version of a paper's PDF, with its digest; the file is on disk under the
-- manuscripts directory at stored_as.
create table manuscript (
    id          uuid         primary key,
    paper_id    uuid         not null references paper (id),
    version     integer      not null,
    sha256      char(64)     not null,
    size_bytes  bigint       not null,
    pages       integer      not null,
    stored_as   varchar(100) not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null,
    unique (paper_id, version)
);
