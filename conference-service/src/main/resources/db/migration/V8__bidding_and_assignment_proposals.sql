-- Bidding and automatic assignment: what experts know (expertise) and must not review (declared conflicts),
-- their bids per paper, and the organisers' assignment proposals with the pairs and the papers left short.
alter table expert_reviewer add column expertise varchar(50)[] not null default '{}';
alter table expert_reviewer add column declared_institutions varchar(200)[] not null default '{}';

-- A conflict declared for one paper and one expert, by the paper's submitter or by the expert.
create table declared_conflict (
    id          uuid         primary key,
    paper_id    uuid         not null references paper (id),
    reviewer    varchar(100) not null references expert_reviewer (username),
    declared_by varchar(100) not null,
    declared_at timestamptz  not null,
    unique (paper_id, reviewer)
);

create table review_bid (
    id        uuid         primary key,
    paper_id  uuid         not null references paper (id),
    reviewer  varchar(100) not null references expert_reviewer (username),
    level     varchar(20)  not null check (level in ('EAGER', 'WILLING', 'IN_A_PINCH', 'NOT_WILLING')),
    bid_at    timestamptz  not null,
    unique (paper_id, reviewer)
);

create index review_bid_reviewer on review_bid (reviewer);

create table assignment_proposal (
    id                      uuid         primary key,
    conference_id           uuid         not null references conference (id),
    reviewers_per_paper     integer      not null check (reviewers_per_paper between 1 and 10),
    max_papers_per_reviewer integer      not null check (max_papers_per_reviewer between 1 and 200),
    total_score             integer      not null,
    proposed_by             varchar(100) not null,
    proposed_at             timestamptz  not null,
    applied_by              varchar(100),
    applied_at              timestamptz
);

create table assignment_proposal_pair (
    proposal_id uuid         not null references assignment_proposal (id) on delete cascade,
    position    integer      not null,
    paper_id    uuid         not null,
    reviewer    varchar(100) not null,
    bid         varchar(20),
    affinity    integer      not null,
    score       integer      not null,
    primary key (proposal_id, position)
);

create table assignment_proposal_unfilled (
    proposal_id uuid         not null references assignment_proposal (id) on delete cascade,
    position    integer      not null,
    paper_id    uuid         not null,
    title       varchar(300) not null,
    missing     integer      not null,
    primary key (proposal_id, position)
);
