-- Camera-ready: per conference a window (China's dates, inclusive) the organisers set, in which the submitter of an
-- accepted paper uploads its final PDF; every upload is kept as a version (the latest goes into the proceedings), the
-- file under the manuscripts directory at stored_as.
create table camera_ready_window (
    conference_id uuid         primary key references conference (id),
    opens_on      date         not null,
    closes_on     date         not null,
    set_by        varchar(100) not null,
    set_at        timestamptz  not null,
    check (closes_on >= opens_on)
);

create table camera_ready (
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
