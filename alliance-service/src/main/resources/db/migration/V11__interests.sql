-- Expressions of interest (意向对接): a researcher, a company's representative or an officer of another zone answers a
-- published board item or a technology offer; the owning side (the item's zone, the offer's author, or the
-- secretariat) accepts or declines it with a structured reason, and may introduce the parties through a certified
-- broker. Contact details are kept only with the expresser's consent (consented_at).
create table interest (
    id                         uuid          primary key,
    board_item_id              uuid          references board_item (id),
    offer_id                   uuid          references technology_offer (id),
    -- who decides: the board item's zone, or the offer's author
    owner_zone                 varchar(30)   references zone (code),
    owner_user                 varchar(100),
    expressed_by               varchar(100)  not null,
    expresser_role             varchar(30)   not null
        check (expresser_role in ('RESEARCHER', 'COMPANY_REPRESENTATIVE', 'ZONE_OFFICER')),
    expresser_zone             varchar(30)   references zone (code),
    organisation               varchar(200)  not null,
    contact_name               varchar(100)  not null,
    contact_email              varchar(254),
    contact_phone              varchar(30),
    message                    text          not null,
    consented_at               timestamptz   not null,
    status                     varchar(12)   not null
        check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'INTRODUCED')),
    expressed_at               timestamptz   not null,
    decided_by                 varchar(100),
    decided_at                 timestamptz,
    decline_reason             varchar(20)
        check (decline_reason in ('TOO_EARLY', 'BENEFIT_UNCLEAR', 'OUTSIDE_SCOPE', 'OTHER')),
    decision_note              varchar(2000),
    broker_certificate_number  varchar(50),
    broker_name                varchar(100),
    introduced_by              varchar(100),
    introduced_at              timestamptz,
    introduction_note          varchar(2000),
    withdrawn_at               timestamptz,
    version                    bigint        not null default 0,
    check ((board_item_id is null) <> (offer_id is null)),
    check ((owner_zone is null) = (board_item_id is null)),
    check ((owner_user is null) = (offer_id is null)),
    check ((expresser_role = 'ZONE_OFFICER') = (expresser_zone is not null)),
    check (expresser_zone is null or owner_zone is null or expresser_zone <> owner_zone),
    check (contact_email is not null or contact_phone is not null),
    check ((status = 'DECLINED') = (decline_reason is not null)),
    check (decline_reason is distinct from 'OTHER' or decision_note is not null),
    check ((status = 'INTRODUCED') = (introduced_at is not null)),
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null)),
    check (status <> 'PENDING' or decided_at is null),
    check (status in ('PENDING', 'WITHDRAWN') or decided_at is not null)
);

-- One open interest per person and target: the index decides when the same person sends twice at once.
create unique index interest_open_once on interest (coalesce(board_item_id, offer_id), expressed_by)
    where status in ('PENDING', 'ACCEPTED', 'INTRODUCED');
create index interest_owner_zone on interest (owner_zone, expressed_at desc, id) where owner_zone is not null;
create index interest_owner_user on interest (owner_user, expressed_at desc, id) where owner_user is not null;
create index interest_expressed_by on interest (expressed_by, expressed_at desc, id);
create index interest_board_item on interest (board_item_id, status) where board_item_id is not null;
