-- The roster of certified technology brokers, kept from the training context's certificate events;
-- signing a project checks it. The issue's fields are nullable so that a revocation replayed
-- without its issue (e.g. after the issue left the topic's retention) is still kept.
create table certified_broker (
    certificate_id      uuid         primary key,
    certificate_number  varchar(40)  not null unique,
    holder_subject      varchar(100),
    holder_name         varchar(100),
    level               varchar(20),
    issued_on           date,
    expires_on          date,
    revoked_at          timestamptz,
    revocation_reason   text
);

-- Collaboration projects along the work chain (工作链条), from a published demand to completion.
create table collaboration_project (
    id                          uuid          primary key,
    title                       varchar(200)  not null,
    lead_zone                   varchar(30)   not null references zone (code),
    demand_item_id              uuid          not null references board_item (id),
    stage                       varchar(20)   not null check (stage in ('DEMAND_PUBLISHED', 'PROJECT_COLLECTED', 'SIGNED',
                                                  'CONSULTING', 'JOINT_PROMOTION', 'COMPLETED', 'CLOSED')),
    proposal_item_id            uuid          references board_item (id),
    proposal_offer_id           uuid          references technology_offer (id),
    partner_zones               varchar(30)[] not null default '{}',
    agreement_date              date,
    parties                     jsonb,
    broker_certificate_number   varchar(40),
    broker_subject              varchar(100),
    broker_name                 varchar(100),
    last_consulted_on           date,
    created_by                  varchar(100)  not null,
    created_at                  timestamptz   not null,
    stage_changed_at            timestamptz   not null,
    version                     bigint        not null default 0,
    -- the rules of the later stages, also as constraints: signed projects have their signing facts
    check (stage in ('DEMAND_PUBLISHED', 'PROJECT_COLLECTED') or stage = 'CLOSED'
           or (agreement_date is not null and broker_certificate_number is not null and jsonb_array_length(parties) >= 2))
);

-- One demand starts at most one open project: a second would duplicate the work chain.
create unique index collaboration_project_open_demand on collaboration_project (demand_item_id)
    where stage not in ('COMPLETED', 'CLOSED');
create index collaboration_project_stage on collaboration_project (stage, stage_changed_at desc, id);
create index collaboration_project_zone on collaboration_project (lead_zone, stage_changed_at desc, id);

-- Every step of every project: who, when, from, to, note. Append-only.
create table project_transition (
    id          bigserial     primary key,
    project_id  uuid          not null references collaboration_project (id),
    from_stage  varchar(20),
    to_stage    varchar(20)   not null,
    actor       varchar(100)  not null,
    at          timestamptz   not null,
    note        text
);
create index project_transition_project on project_transition (project_id, id);

-- 定期会商: the consultations of a signed project.
create table project_consultation (
    id            uuid           primary key,
    project_id    uuid           not null references collaboration_project (id),
    held_on       date           not null,
    participants  varchar(100)[] not null check (cardinality(participants) >= 1),
    minutes       text           not null,
    recorded_by   varchar(100)   not null,
    recorded_at   timestamptz    not null
);
create index project_consultation_project on project_consultation (project_id, held_on desc);

-- 合力推动: the milestones of joint promotion and their progress.
create table project_milestone (
    id          uuid          primary key,
    project_id  uuid          not null references collaboration_project (id),
    position    integer       not null,
    title       varchar(200)  not null,
    due_on      date          not null,
    progress    integer       not null default 0 check (progress between 0 and 100),
    done_on     date,
    unique (project_id, position)
);
