-- Discussion: a thread per paper among its assigned, non-conflicted reviewers and the organisers; posts are kept as
-- written, oldest first.
create table discussion_post (
    id         uuid          primary key,
    paper_id   uuid          not null references paper (id),
    posted_by  varchar(100)  not null,
    organiser  boolean       not null,
    text       text          not null,
    posted_at  timestamptz   not null
);

create index discussion_post_paper on discussion_post (paper_id, posted_at, id);
