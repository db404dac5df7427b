-- Brokers' practice records: alliance projects signed with them (from the alliance's events), once per project.
create table broker_signed_project (
    project_id         uuid         primary key,
    broker_subject     varchar(100) not null,
    broker_name        varchar(200) not null,
    certificate_number varchar(100) not null,
    title              text         not null,
    lead_zone          varchar(40)  not null,
    agreement_date     date         not null,
    signed_at          timestamptz  not null
);

create index broker_signed_project_broker on broker_signed_project (broker_subject, agreement_date desc);
